package org.samvad.bot;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot reaches Telegram. Set from the environment: {@code TELEGRAM_BOT_TOKEN}
 * and, to use a stand-in Bot API, {@code TELEGRAM_BOT_URL}; the bot's username for
 * invitation links from {@code TELEGRAM_BOT_USERNAME}. Webhook mode instead of long
 * polling when {@code TELEGRAM_BOT_WEBHOOK_URL} is set, with its secret from
 * {@code TELEGRAM_WEBHOOK_SECRET}.
 *
 * @param token the bot token from BotFather; blank keeps the bot off
 * @param url the Bot API's base URL
 * @param username the bot's Telegram username, without the {@code @}, used in deep links
 * @param webhook how Telegram delivers updates to the bot's endpoint; never null
 */
@ConfigurationProperties("telegram.bot")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI url,
        @DefaultValue("samvad_bot") String username, @DefaultValue Webhook webhook) {

    /**
     * Webhook delivery: Telegram posts each update to {@code url}, which a TLS-terminating
     * proxy forwards to the bot's {@code path}.
     *
     * @param url the public HTTPS address Telegram posts to; blank keeps the bot on long polling
     * @param secret the {@code secret_token} Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
     *        (1-256 of {@code A-Z a-z 0-9 _ -}); required with {@code url}; from the environment only
     * @param path the path the bot's endpoint answers on
     * @param maxConnections how many connections Telegram opens at once to deliver updates (1-100)
     * @param allowedUpdates the kinds of update Telegram sends
     */
    public record Webhook(String url, String secret, @DefaultValue("/telegram/webhook") String path,
            @DefaultValue("40") int maxConnections,
            @DefaultValue({"message", "edited_message", "callback_query"}) List<String> allowedUpdates) {

        /** True when Telegram is to deliver updates to the webhook instead of being polled. */
        public boolean enabled() {
            return url != null && !url.isBlank();
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + ", path=" + path + ", maxConnections=" + maxConnections + ", secret="
                    + (secret == null || secret.isBlank() ? "unset" : "***") + "]";
        }
    }

    /** The deep link that opens the bot with {@code /start <code>}. */
    public String deepLink(String code) {
        return "https://t.me/" + username + "?start=" + code;
    }

    /** The base URL in the form the Telegram client library takes. */
    public TelegramUrl telegramUrl() {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[url=" + url + ", username=" + username + ", token=" + (token == null || token.isBlank() ? "unset" : "***") + ", webhook=" + webhook + "]";
    }
}
