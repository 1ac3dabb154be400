package org.samvad.bot.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The inbound meters: updates received (by source), rejected (by reason), processed (by
 * outcome) and the latency from an update's arrival to the commit of what it changed.
 */
public final class InboundMetrics {

    /** Name of the timer from an update's arrival to the commit of its effects. */
    public static final String LATENCY = "samvad.updates.latency";

    private final MeterRegistry registry;
    private final Timer latency;

    public InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder(LATENCY)
                .description("From an update's arrival to the commit of the answer it carried")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .serviceLevelObjectives(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        for (String source : new String[] {"webhook", "polling"}) {
            received(source);
        }
        rejected("secret");
        for (String outcome : new String[] {"handled", "late", "failed"}) {
            processed(outcome);
        }
    }

    void received(String source, int count) {
        received(source).increment(count);
    }

    void rejected(String reason, int count) {
        rejected(reason).increment(count);
    }

    void processed(String outcome, Duration sinceArrival) {
        processed(outcome).increment();
        if (!sinceArrival.isNegative()) {
            latency.record(sinceArrival);
        }
    }

    private Counter received(String source) {
        return Counter.builder("samvad.updates.received").description("Updates recorded from Telegram")
                .tag("source", source).register(registry);
    }

    private Counter rejected(String reason) {
        return Counter.builder("samvad.updates.rejected").description("Webhook requests refused")
                .tag("reason", reason).register(registry);
    }

    private Counter processed(String outcome) {
        return Counter.builder("samvad.updates.processed").description("Updates taken from the queue")
                .tag("outcome", outcome).register(registry);
    }
}
