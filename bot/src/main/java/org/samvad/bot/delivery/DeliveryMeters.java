package org.samvad.bot.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The sender's meters: {@code samvad.outbox.sent} (tag {@code priority}),
 * {@code samvad.outbox.throttled} (429s), {@code samvad.outbox.failed} (given up, and
 * {@code reason=unreachable} for 403s) and the gauge {@code samvad.outbox.depth}
 * (pending rows, counted at most every five seconds).
 */
class DeliveryMeters {

    private final Counter[] sent = new Counter[3];
    private final Counter throttled;
    private final Counter failed;
    private final Counter unreachable;

    DeliveryMeters(MeterRegistry registry, LongSupplier depth) {
        for (int priority = 0; priority < sent.length; priority++) {
            sent[priority] = Counter.builder("samvad.outbox.sent").tag("priority", Integer.toString(priority))
                    .description("messages Telegram accepted").register(registry);
        }
        this.throttled = Counter.builder("samvad.outbox.throttled").description("429 answers from Telegram")
                .register(registry);
        this.failed = Counter.builder("samvad.outbox.failed").tag("reason", "gave-up")
                .description("messages given up").register(registry);
        this.unreachable = Counter.builder("samvad.outbox.failed").tag("reason", "unreachable")
                .description("messages to workers who blocked the bot").register(registry);
        CachedDepth cached = new CachedDepth(depth);
        Gauge.builder("samvad.outbox.depth", cached, CachedDepth::value).description("messages waiting to be sent")
                .register(registry);
    }

    void sent(int priority) {
        sent[priority].increment();
    }

    void throttled() {
        throttled.increment();
    }

    void failed() {
        failed.increment();
    }

    void unreachable(int messages) {
        unreachable.increment(messages);
    }

    private static final class CachedDepth {

        private final LongSupplier depth;
        private Instant readAt = Instant.EPOCH;
        private double value;

        CachedDepth(LongSupplier depth) {
            this.depth = depth;
        }

        synchronized double value() {
            Instant now = Instant.now();
            if (Duration.between(readAt, now).compareTo(Duration.ofSeconds(5)) >= 0) {
                try {
                    value = depth.getAsLong();
                    readAt = now;
                } catch (RuntimeException e) {
                    return Double.NaN;
                }
            }
            return value;
        }
    }
}
