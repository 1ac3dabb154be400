package org.samvad.bot.telegram;

import org.samvad.bot.conversation.Reply;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The two calls the bot makes to Telegram directly instead of through the outbox:
 * stopping the spinner on a pressed button (not a chat message, so outside the
 * message limits, and useless once late), and, when even the outbox cannot be reached,
 * the apology for a failed update.
 */
class TelegramReplies {

    private final TelegramClient client;

    TelegramReplies(TelegramClient client) {
        this.client = client;
    }

    /** Stops the spinner on a pressed button. */
    void acknowledge(String callbackQueryId) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build());
    }

    /** Sends a plain text reply at once, bypassing the outbox. */
    void sendDirectly(long chatId, Reply reply) throws TelegramApiException {
        client.execute(SendMessage.builder().chatId(chatId).text(reply.text()).build());
    }
}
