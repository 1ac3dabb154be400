package org.samvad.db.outbox;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A message to queue for Telegram: a Bot API method ({@code sendMessage} or
 * {@code editMessageText}) and its JSON parameters, for one chat.
 *
 * @param chatId the Telegram chat
 * @param priority see {@link Priority}
 * @param method the Bot API method
 * @param payload the method's parameters as a JSON object (chat_id, text, reply_markup ...)
 * @param workerId the worker it is for, or null when not known (a newcomer)
 * @param campaignId the campaign it belongs to, or null
 * @param notBefore not sent before this time
 * @param quietFrom start of the quiet hours (Asia/Kolkata wall clock) during which it waits, or null
 * @param quietUntil end of the quiet hours, or null; may be earlier than {@code quietFrom} (over midnight)
 */
public record NewMessage(long chatId, int priority, String method, String payload, Long workerId, Long campaignId,
        Instant notBefore, LocalTime quietFrom, LocalTime quietUntil) {

    public static final String SEND_MESSAGE = "sendMessage";
    public static final String EDIT_MESSAGE_TEXT = "editMessageText";

    public NewMessage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(notBefore, "notBefore");
        if (priority < Priority.REPLY || priority > Priority.BROADCAST) {
            throw new IllegalArgumentException("priority must be 0, 1 or 2");
        }
        if ((quietFrom == null) != (quietUntil == null)) {
            throw new IllegalArgumentException("quiet hours need both ends or neither");
        }
    }

    /** A message due now, without quiet hours or campaign. */
    public static NewMessage of(long chatId, int priority, String method, String payload, Long workerId,
            Instant now) {
        return new NewMessage(chatId, priority, method, payload, workerId, null, now, null, null);
    }
}
