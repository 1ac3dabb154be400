package org.samvad.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * The Telegram bot on its own. Its web server (webhook, health, metrics) listens on
 * {@link BotSettings#port()}, so that it can run beside the admin API in one JVM.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@PropertySource("classpath:samvad-bot.properties")
public class BotApplication {

    public static void main(String[] args) {
        SpringApplication.run(BotApplication.class, args);
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> botPort(BotSettings settings) {
        return factory -> factory.setPort(settings.port());
    }
}
