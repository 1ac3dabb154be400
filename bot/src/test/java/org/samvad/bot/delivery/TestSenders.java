package org.samvad.bot.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.samvad.db.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds senders the way {@link DeliveryConfiguration} does, on a given database and Bot API. */
final class TestSenders {

    private TestSenders() {
    }

    /** Settings for tests where the rate is not the point: fast retries, high limits. */
    static DeliverySettings fast(int rate, int senders) {
        return new DeliverySettings(rate, rate > DeliverySettings.FREE_RATE, Duration.ofMillis(10), 3, senders,
                Duration.ofMillis(100), Duration.ofMillis(1500), 5, Duration.ofMillis(50), Duration.ofMillis(400), true);
    }

    static OutboxSender sender(DataSource dataSource, String telegramUrl, DeliverySettings settings,
            MeterRegistry registry, Clock clock) {
        return sender(dataSource, DeliveryConfiguration.httpClient(settings), telegramUrl, settings, registry, clock);
    }

    static OutboxSender sender(DataSource dataSource, okhttp3.OkHttpClient http, String telegramUrl,
            DeliverySettings settings, MeterRegistry registry, Clock clock) {
        Outbox outbox = new Outbox(JdbcClient.create(dataSource));
        GlobalLimit limit = settings.sharedLimit() ? GlobalLimit.shared(dataSource, settings)
                : GlobalLimit.local(settings);
        return new OutboxSender(outbox, new TelegramBotApi(http, URI.create(telegramUrl), ScriptedTelegram.TOKEN), limit, new DeliveryMeters(registry, outbox::depth),
                settings, clock);
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
