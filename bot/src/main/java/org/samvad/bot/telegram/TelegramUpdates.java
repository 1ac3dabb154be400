package org.samvad.bot.telegram;

import java.util.List;
import java.util.Optional;
import org.samvad.bot.chat.Chats;
import org.samvad.bot.conversation.Reply;
import org.slf4j.Logger;
import org.springframework.dao.ConcurrencyFailureException;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Receives updates from Telegram and handles them one at a time, in the order
 * received, so each worker's messages are processed in order. {@link Chats} queues the
 * replies in the outbox in the transaction that stores the update's effects; only the
 * acknowledgement of a pressed button is sent from here. A failure with one update is
 * logged and answered with an apology (queued, or sent directly when the outbox cannot
 * be reached); it never stops the next update.
 * Logs carry update ids and exception class names only: never message text, names,
 * phone numbers, or exception messages, which may repeat them.
 */
class TelegramUpdates implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final int CONCURRENT_CHANGE_ATTEMPTS = 3;
    static final Reply APOLOGY = Reply.of("""
            क्षमा करें, कुछ गड़बड़ हो गई। कृपया अपना पिछला संदेश फिर से भेजें।
            Sorry, something went wrong. Please send your last message again.""");

    private final Chats chats;
    private final TelegramReplies replies;

    TelegramUpdates(Chats chats, TelegramReplies replies) {
        this.chats = chats;
        this.replies = replies;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::consume);
    }

    void consume(Update update) {
        Optional<Inbound> inbound = Inbound.from(update);
        if (inbound.isEmpty()) {
            log.debug("Update {} is not a private message to the bot; skipped", update.getUpdateId());
            return;
        }
        Inbound in = inbound.get();
        try {
            Optional<List<Reply>> answer = handle(in);
            if (answer.isEmpty()) {
                log.info("Update {} was handled before; skipped", in.updateId());
            }
        } catch (Exception e) {
            log.error("Update {} failed: {}", in.updateId(), classNames(e));
            apologise(in);
        }
        if (in.callbackQueryId() != null) {
            acknowledge(in);
        }
    }

    /**
     * Hands the update to the worker's conversation, again when it lost a race with a
     * reminder or expiry changing the same run at the same moment (nothing of the first
     * try was stored, the update id included).
     */
    private Optional<List<Reply>> handle(Inbound in) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chats.handle(in.updateId(), in.userId(), in.chatId(), in.pressedMessageId(), in.input());
            } catch (RuntimeException e) {
                if (attempt >= CONCURRENT_CHANGE_ATTEMPTS || !concurrentChange(e)) {
                    throw e;
                }
                log.info("Update {} met a concurrent change of its worker's run; trying again", in.updateId());
            }
        }
    }

    private static boolean concurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    /** The exception's class and its causes' classes, outermost first. */
    static String classNames(Throwable e) {
        StringBuilder names = new StringBuilder(e.getClass().getName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            names.append(" <- ").append(cause.getClass().getName());
        }
        return names.toString();
    }

    private void apologise(Inbound in) {
        try {
            chats.apologise(in.chatId(), APOLOGY);
        } catch (Exception queueing) {
            log.warn("Could not queue the apology for update {}: {}; sending it directly", in.updateId(),
                    queueing.getClass().getName());
            try {
                replies.sendDirectly(in.chatId(), APOLOGY);
            } catch (Exception e) {
                log.warn("Could not send the apology for update {}: {}", in.updateId(), e.getClass().getName());
            }
        }
    }

    private void acknowledge(Inbound in) {
        try {
            replies.acknowledge(in.callbackQueryId());
        } catch (Exception e) {
            log.warn("Could not acknowledge the button pressed in update {}: {}", in.updateId(),
                    e.getClass().getName());
        }
    }
}
