package org.samvad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link AnswerParsingBenchmark} in sample-time mode on one thread in one forked JVM
 * and prints p50 and p99 of the time to read one answer, per question type, against the
 * target. Run from the repository root (the held-out answers are read from
 * {@code bot/src/test/resources/understanding}) with
 * {@code mvn -q -pl bench -am package -DskipTests &&
 * java -cp bench/target/benchmarks.jar org.samvad.bench.AnswerParsingBenchmarkMain}.
 */
public final class AnswerParsingBenchmarkMain {

    /** The 99th percentile a parse should stay under, in microseconds. */
    static final double TARGET_P99_MICROS = 1000;

    private static final int WARMUP_ITERATIONS = 3;
    private static final int MEASUREMENT_ITERATIONS = 5;
    private static final int SECONDS_PER_ITERATION = 1;

    private AnswerParsingBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Path folder = Path.of(args.length > 0 ? args[0] : "bot/src/test/resources/understanding").toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No held-out answers at " + folder + "; run from the repository root");
        }
        Collection<RunResult> results = new Runner(options(folder)).run();
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "Samvad answer parsing, one thread, 1 fork, JDK %d, sample time:"
                + " %d x %d s measured after %d x %d s warm-up; one operation reads one held-out answer",
                Runtime.version().feature(), MEASUREMENT_ITERATIONS, SECONDS_PER_ITERATION, WARMUP_ITERATIONS,
                SECONDS_PER_ITERATION));
        double worst = 0;
        for (RunResult result : results) {
            Statistics s = result.getPrimaryResult().getStatistics();
            String type = result.getParams().getParam("type");
            worst = Math.max(worst, s.getPercentile(99));
            System.out.println(String.format(Locale.ROOT, "  %-8s p50 %8.2f µs   p99 %8.2f µs   p99.9 %8.2f µs   (%,d samples)",
                    type, s.getPercentile(50), s.getPercentile(99), s.getPercentile(99.9), s.getN()));
        }
        System.out.println(String.format(Locale.ROOT, "  target p99 < %.0f µs: %s", TARGET_P99_MICROS,
                worst < TARGET_P99_MICROS ? "met" : "NOT met"));
    }

    private static Options options(Path folder) {
        return new OptionsBuilder()
                .include(AnswerParsingBenchmark.class.getName() + "\\.")
                .param("folder", folder.toString())
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .threads(1)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .build();
    }
}
