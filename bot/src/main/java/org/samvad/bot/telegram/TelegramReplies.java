package org.samvad.bot.telegram;

import java.util.List;
import org.samvad.bot.conversation.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends the engine's replies as Bot API messages with inline keyboards. */
class TelegramReplies {

    private final TelegramClient client;

    TelegramReplies(TelegramClient client) {
        this.client = client;
    }

    void send(long chatId, List<Reply> replies) throws TelegramApiException {
        for (Reply reply : replies) {
            SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder().chatId(chatId).text(reply.text());
            if (!reply.buttons().isEmpty()) {
                message.replyMarkup(new InlineKeyboardMarkup(reply.buttons().stream().map(TelegramReplies::row)
                        .toList()));
            }
            client.execute(message.build());
        }
    }

    /** Stops the spinner on a pressed button. */
    void acknowledge(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    private static InlineKeyboardRow row(List<Reply.Button> buttons) {
        return new InlineKeyboardRow(buttons.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build())
                .toList());
    }
}
