package org.samvad.bot.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Whether the Bot API answers {@code getMe} with this bot's token. Asked at most every
 * {@code CACHE} so that health checks do not become Bot API traffic.
 */
class TelegramHealth implements HealthIndicator {

    private static final Duration CACHE = Duration.ofSeconds(30);

    private final TelegramClient client;
    private final Clock clock;
    private volatile Health last;
    private volatile Instant askedAt = Instant.MIN;

    TelegramHealth(TelegramClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (last == null || askedAt.plus(CACHE).isBefore(now)) {
            last = ask();
            askedAt = now;
        }
        return last;
    }

    private Health ask() {
        try {
            client.execute(new GetMe());
            return Health.up().build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
