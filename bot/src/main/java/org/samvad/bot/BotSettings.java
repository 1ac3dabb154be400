package org.samvad.bot;

import java.time.Clock;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the bot asks workers.
 *
 * @param questionnaire the slug of the questionnaire whose newest published version workers answer
 */
@ConfigurationProperties("samvad.bot")
public record BotSettings(@DefaultValue("sangathan-srijan") String questionnaire) {

    @Configuration(proxyBeanMethods = false)
    static class ClockConfiguration {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
