package org.samvad.bot.telegram;

import org.samvad.bot.TelegramProperties;
import org.samvad.bot.inbound.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Polls Telegram for updates while the application runs, and records each batch in the
 * inbox before the next poll acknowledges it; processing follows the same path as webhook
 * updates.
 */
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

    private final TelegramProperties properties;
    private final Inbox inbox;
    private TelegramBotsLongPollingApplication application;

    LongPolling(TelegramProperties properties, Inbox inbox) {
        this.properties = properties;
        this.inbox = inbox;
    }

    @Override
    public void start() {
        application = new TelegramBotsLongPollingApplication();
        try {
            application.registerBot(properties.token(), properties::telegramUrl, new DefaultGetUpdatesGenerator(),
                    updates -> inbox.accept(updates, "polling"));
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Could not start polling Telegram at " + properties.url(), e);
        }
        log.info("Polling the Bot API at {} for updates", properties.url());
    }

    @Override
    public void stop() {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Stopping the poller failed: {}", e.getClass().getName());
        }
        application = null;
    }

    @Override
    public boolean isRunning() {
        return application != null;
    }
}
