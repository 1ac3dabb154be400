package org.samvad.db.outbox;

/**
 * A queued message a sender has claimed: durably marked SENDING before any request
 * leaves for Telegram.
 *
 * @param attempts requests made for it so far, this one included
 */
public record ClaimedMessage(long id, long chatId, int priority, String method, String payload, Long workerId,
        Long campaignId, int attempts) {
}
