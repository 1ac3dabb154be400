package org.samvad.bot.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the bot reaches Telegram. Set from the environment: {@code TELEGRAM_BOT_TOKEN}
 * and, to use a stand-in Bot API, {@code TELEGRAM_BOT_URL}.
 *
 * @param token the bot token from BotFather; blank keeps the bot off
 * @param url the Bot API's base URL
 */
@ConfigurationProperties("telegram.bot")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI url) {

    /** The base URL in the form the Telegram client library takes. */
    public TelegramUrl telegramUrl() {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return new TelegramUrl(url.getScheme(), url.getHost(), port, false);
    }

    @Override
    public String toString() {
        return "TelegramProperties[url=" + url + ", token=" + (token == null || token.isBlank() ? "unset" : "***") + "]";
    }
}
