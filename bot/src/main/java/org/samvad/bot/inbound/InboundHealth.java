package org.samvad.bot.inbound;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The depth of the inbound queue and of the outbox. Down when the oldest waiting update
 * has waited longer than {@code stuckAfter}: nobody is processing updates.
 */
class InboundHealth implements HealthIndicator {

    private final InboundQueue queue;
    private final JdbcClient jdbc;
    private final InboundSettings settings;
    private final Clock clock;

    InboundHealth(InboundQueue queue, JdbcClient jdbc, InboundSettings settings, Clock clock) {
        this.queue = queue;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Health health() {
        InboundQueue.Depth depth = queue.depth();
        long outbox = jdbc.sql("select count(*) from outbox_message where status = 'PENDING'")
                .query(Long.class).single();
        Duration waited = depth.oldest() == null ? Duration.ZERO : Duration.between(depth.oldest(), clock.instant());
        Health.Builder health = waited.compareTo(settings.stuckAfter()) > 0 ? Health.down() : Health.up();
        return health.withDetail("waiting", depth.waiting())
                .withDetail("oldestWaitingSeconds", waited.toSeconds())
                .withDetail("outboxPending", outbox)
                .build();
    }
}
