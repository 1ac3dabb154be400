package org.samvad.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's scores per measurement iteration and their median: the figure a stray
 * GC pause or a noisy neighbour in one iteration does not move, unlike the mean.
 */
final class Scores {

    private final double[] sorted;

    Scores(double... scores) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("No scores");
        }
        this.sorted = scores.clone();
        Arrays.sort(this.sorted);
    }

    /**
     * The measurement iteration scores of the benchmark method with this name.
     *
     * @throws IllegalArgumentException when the run has no such benchmark
     */
    static Scores of(Collection<RunResult> results, String method) {
        double[] scores = results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .flatMap(r -> r.getBenchmarkResults().stream())
                .map(BenchmarkResult::getIterationResults)
                .flatMap(Collection::stream)
                .mapToDouble(i -> i.getPrimaryResult().getScore())
                .toArray();
        if (scores.length == 0) {
            throw new IllegalArgumentException("No iterations of benchmark " + method);
        }
        return new Scores(scores);
    }

    double median() {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The spread, as {@code (min …, max … over n iterations)}. */
    String range() {
        return String.format(Locale.ROOT, "  (min %,.0f, max %,.0f over %d iterations)", sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }
}
