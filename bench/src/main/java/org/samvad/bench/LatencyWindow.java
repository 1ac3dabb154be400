package org.samvad.bench;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Percentiles of {@code samvad.updates.latency} over a window of the benchmark: the
 * difference of the timers' cumulative histogram buckets between two snapshots, summed
 * over instances, interpolated linearly within a bucket.
 */
final class LatencyWindow {

    private final double[] bounds;
    private final double[] cumulative;
    private final double total;

    private LatencyWindow(double[] bounds, double[] cumulative, double total) {
        this.bounds = bounds;
        this.cumulative = cumulative;
        this.total = total;
    }

    /** The buckets of the timers now, summed. */
    static LatencyWindow of(List<Timer> timers) {
        double[] bounds = null;
        double[] cumulative = null;
        double total = 0;
        for (Timer timer : timers) {
            total += timer.count();
            CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
            if (bounds == null) {
                bounds = new double[buckets.length];
                cumulative = new double[buckets.length];
                for (int i = 0; i < buckets.length; i++) {
                    bounds[i] = buckets[i].bucket(TimeUnit.MILLISECONDS);
                }
            }
            for (int i = 0; i < buckets.length; i++) {
                cumulative[i] += buckets[i].count();
            }
        }
        return new LatencyWindow(bounds, cumulative, total);
    }

    /** The latency in milliseconds under which a fraction {@code q} of the window's updates stayed. */
    double percentile(LatencyWindow before, double q) {
        double total = count(before);
        if (total == 0) {
            return Double.NaN;
        }
        double target = q * total;
        double previous = 0;
        double lower = 0;
        for (int i = 0; i < bounds.length; i++) {
            double reached = cumulative[i] - before.cumulative[i];
            if (reached >= target) {
                double share = reached == previous ? 1 : (target - previous) / (reached - previous);
                return lower + share * (bounds[i] - lower);
            }
            previous = reached;
            lower = bounds[i];
        }
        return Double.POSITIVE_INFINITY;
    }

    /** How many updates were timed in the window. */
    double count(LatencyWindow before) {
        return total - before.total;
    }
}
