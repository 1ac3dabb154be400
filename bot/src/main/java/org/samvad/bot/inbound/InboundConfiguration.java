package org.samvad.bot.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.samvad.bot.TelegramProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The inbound queue and its meters and health, whenever the bot runs; the webhook
 * endpoint and its registration with Telegram when a webhook URL is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(InboundConfiguration.TOKEN_SET)
public class InboundConfiguration {

    /** The bot runs: a token is configured. */
    public static final String TOKEN_SET = "!'${telegram.bot.token:}'.isBlank()";
    /** The bot runs and Telegram posts updates to its webhook. */
    public static final String WEBHOOK = TOKEN_SET + " and !'${telegram.bot.webhook.url:}'.isBlank()";
    /** The bot runs and polls Telegram for updates. */
    public static final String POLLING = TOKEN_SET + " and '${telegram.bot.webhook.url:}'.isBlank()";

    @Bean
    InboundQueue inboundQueue(JdbcClient jdbc) {
        return new InboundQueue(jdbc);
    }

    @Bean
    InboundMetrics inboundMetrics(MeterRegistry registry) {
        return new InboundMetrics(registry);
    }

    @Bean
    InboundHealth inboundHealthIndicator(InboundQueue queue, JdbcClient jdbc, InboundSettings settings, Clock clock) {
        return new InboundHealth(queue, jdbc, settings, clock);
    }

    @Bean
    TelegramHealth telegramHealthIndicator(TelegramClient client, Clock clock) {
        return new TelegramHealth(client, clock);
    }

    @Bean
    @ConditionalOnExpression(WEBHOOK)
    WebhookRegistration webhookRegistration(TelegramProperties properties) {
        return new WebhookRegistration(properties);
    }
}
