package org.samvad.bot;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot reaches Telegram. Set from the environment: {@code TELEGRAM_BOT_TOKEN}
 * and, to use a stand-in Bot API, {@code TELEGRAM_BOT_URL}; the bot's username for
 * invitation links from {@code TELEGRAM_BOT_USERNAME}.
 *
 * @param token the bot token from BotFather; blank keeps the bot off
 * @param url the Bot API's base URL
 * @param username the bot's Telegram username, without the {@code @}, used in deep links
 */
@ConfigurationProperties("telegram.bot")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI url,
        @DefaultValue("samvad_bot") String username) {

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
        return "TelegramProperties[url=" + url + ", username=" + username + ", token=" + (token == null || token.isBlank() ? "unset" : "***") + "]";
    }
}
