package org.samvad.bot.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.samvad.bot.BotSettings;
import org.samvad.bot.TelegramProperties;
import org.samvad.db.outbox.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends the outbox while the bot is connected to Telegram (a token is set). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${telegram.bot.token:}'.isBlank()")
class DeliveryConfiguration {

    @Bean
    OutboxSender outboxSender(Outbox outbox, TelegramProperties telegram, BotSettings bot, DataSource dataSource,
            ObjectProvider<MeterRegistry> registry, Clock clock) {
        return OutboxSender.create(outbox, dataSource, telegram.url(), telegram.token(), bot.delivery(),
                registry.getIfAvailable(SimpleMeterRegistry::new), clock);
    }

    /** An HTTP client with as many connections as senders, and the send timeout on every call. */
    static OkHttpClient httpClient(DeliverySettings settings) {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(settings.senders(), 5, TimeUnit.MINUTES))
                .callTimeout(settings.sendTimeout())
                .connectTimeout(settings.sendTimeout())
                .readTimeout(settings.sendTimeout())
                .retryOnConnectionFailure(false)
                .build();
    }
}
