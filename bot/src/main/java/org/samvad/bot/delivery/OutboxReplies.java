package org.samvad.bot.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.samvad.bot.chat.ReplySender;
import org.samvad.bot.conversation.Reply;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;

/**
 * Queues the engine's replies in the outbox as Bot API calls: buttons as inline
 * keyboards; the share-contact keyboard as a one-time reply keyboard whose button
 * requests the worker's contact, and its removal; a reply that replaces the pressed
 * message as {@code editMessageText} of that message. The payload is the JSON the
 * TelegramBots library would post for the same method.
 */
@Component
public class OutboxReplies implements ReplySender {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReplyKeyboardMarkup SHARE_CONTACT = ReplyKeyboardMarkup.builder()
            .keyboardRow(new KeyboardRow(KeyboardButton.builder().text(Reply.SHARE_CONTACT).requestContact(true)
                    .build()))
            .oneTimeKeyboard(true)
            .resizeKeyboard(true)
            .build();
    private static final ReplyKeyboardRemove REMOVE = ReplyKeyboardRemove.builder().removeKeyboard(true).build();

    private final Outbox outbox;
    private final Clock clock;

    OutboxReplies(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void queue(long chatId, Long workerId, Integer pressedMessageId, List<Reply> replies, int priority) {
        List<NewMessage> messages = new ArrayList<>(replies.size());
        for (Reply reply : replies) {
            messages.add(message(chatId, workerId, pressedMessageId, reply, priority));
        }
        outbox.enqueue(messages);
    }

    private NewMessage message(long chatId, Long workerId, Integer pressedMessageId, Reply reply, int priority) {
        InlineKeyboardMarkup buttons = reply.buttons().isEmpty() ? null
                : new InlineKeyboardMarkup(reply.buttons().stream().map(OutboxReplies::row).toList());
        if (reply.replacesPressed() && pressedMessageId != null) {
            return NewMessage.of(chatId, priority, NewMessage.EDIT_MESSAGE_TEXT, json(EditMessageText.builder()
                    .chatId(chatId).messageId(pressedMessageId).text(reply.text()).replyMarkup(buttons).build()),
                    workerId, clock.instant());
        }
        return NewMessage.of(chatId, priority, NewMessage.SEND_MESSAGE, json(SendMessage.builder().chatId(chatId)
                .text(reply.text()).replyMarkup(buttons != null ? buttons : keyboard(reply.keyboard())).build()),
                workerId, clock.instant());
    }

    /** The method's parameters as JSON, without the library's {@code method} field. */
    static String json(Object method) {
        ObjectNode node = JSON.valueToTree(method);
        node.remove("method");
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A Bot API method could not be written as JSON", e);
        }
    }

    private static ReplyKeyboard keyboard(Reply.Keyboard keyboard) {
        return switch (keyboard) {
            case UNCHANGED -> null;
            case SHARE_CONTACT -> SHARE_CONTACT;
            case REMOVE -> REMOVE;
        };
    }

    private static InlineKeyboardRow row(List<Reply.Button> buttons) {
        return new InlineKeyboardRow(buttons.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                .toList());
    }
}
