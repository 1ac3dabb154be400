package org.samvad.bot.telegram;

import java.util.List;
import org.samvad.bot.chat.ReplySender;
import org.samvad.bot.conversation.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
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
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the engine's replies as Bot API messages: buttons as inline keyboards; the
 * share-contact keyboard as a one-time reply keyboard whose button requests the
 * worker's contact, and its removal.
 */
class TelegramReplies implements ReplySender {

    private static final ReplyKeyboardMarkup SHARE_CONTACT = ReplyKeyboardMarkup.builder()
            .keyboardRow(new KeyboardRow(KeyboardButton.builder().text(Reply.SHARE_CONTACT).requestContact(true)
                    .build()))
            .oneTimeKeyboard(true)
            .resizeKeyboard(true)
            .build();
    private static final ReplyKeyboardRemove REMOVE = ReplyKeyboardRemove.builder().removeKeyboard(true).build();

    private final TelegramClient client;

    TelegramReplies(TelegramClient client) {
        this.client = client;
    }

    @Override
    public void send(long chatId, List<Reply> replies) throws TelegramApiException {
        send(chatId, null, replies);
    }

    /**
     * Sends replies; one that replaces the pressed message edits {@code pressedMessageId}
     * in place when it is known.
     */
    void send(long chatId, Integer pressedMessageId, List<Reply> replies) throws TelegramApiException {
        for (Reply reply : replies) {
            InlineKeyboardMarkup buttons = reply.buttons().isEmpty() ? null
                    : new InlineKeyboardMarkup(reply.buttons().stream().map(TelegramReplies::row).toList());
            if (reply.replacesPressed() && pressedMessageId != null) {
                client.execute(EditMessageText.builder().chatId(chatId).messageId(pressedMessageId)
                        .text(reply.text()).replyMarkup(buttons).build());
            } else {
                client.execute(SendMessage.builder().chatId(chatId).text(reply.text())
                        .replyMarkup(buttons != null ? buttons : keyboard(reply.keyboard())).build());
            }
        }
    }

    /** Stops the spinner on a pressed button. */
    void acknowledge(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
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
