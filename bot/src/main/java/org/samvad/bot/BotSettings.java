package org.samvad.bot;

import java.time.Clock;
import java.time.Duration;
import org.samvad.bot.delivery.DeliverySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the bot asks workers, when it follows up, and how many messages it reads from
 * one worker, and how long observers' invitation links last.
 *
 * @param questionnaire the slug of the questionnaire whose newest published version workers answer
 * @param reminderDelay how long a worker is quiet mid-questionnaire before their one reminder
 * @param expiry how long after it starts a run that is not finished expires
 * @param timerInterval how often due reminders and expiries are looked for
 * @param rateLimitMessages how many messages the bot reads from one worker within {@code rateLimitPeriod}
 * @param rateLimitPeriod the time in which {@code rateLimitMessages} are read; the allowance refills over it
 * @param invitationValidity how long an invitation link an observer issues in the bot admits workers
 * @param port the port of the bot's own web server (webhook endpoint, health, metrics); 0 picks a free one
 * @param delivery how the outbox is sent to Telegram: rate limits, senders, retries
 */
@ConfigurationProperties("samvad.bot")
public record BotSettings(
        @DefaultValue("sangathan-srijan") String questionnaire,
        @DefaultValue("24h") Duration reminderDelay,
        @DefaultValue("7d") Duration expiry,
        @DefaultValue("1m") Duration timerInterval,
        @DefaultValue("20") int rateLimitMessages,
        @DefaultValue("1m") Duration rateLimitPeriod,
        @DefaultValue("7d") Duration invitationValidity,
        @DefaultValue("8081") int port,
        @DefaultValue DeliverySettings delivery) {

    @Configuration(proxyBeanMethods = false)
    static class ClockConfiguration {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
