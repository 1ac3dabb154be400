package org.samvad.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EngineBenchmark} on one thread in one forked JVM (about a minute) and
 * prints the median transitions per second (one transition is one
 * {@code ConversationEngine.handle} call) of the questionnaire mix and of the sticker
 * baseline, against the target. Build and run from the repository root with
 * {@code mvn -q -pl bench -am package -DskipTests && java -jar bench/target/benchmarks.jar}.
 */
public final class EngineBenchmarkMain {

    /** Transitions per second the engine should sustain on one core. */
    static final double TARGET = 100_000;

    private static final int WARMUP_ITERATIONS = 5;
    private static final int MEASUREMENT_ITERATIONS = 10;
    private static final int SECONDS_PER_ITERATION = 2;

    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(options()).run();
        Scores mix = Scores.of(results, "questionnaire");
        Scores sticker = Scores.of(results, "sticker");
        System.out.println(summary(mix, sticker));
    }

    private static Options options() {
        return new OptionsBuilder()
                .include(EngineBenchmark.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(WARMUP_ITERATIONS)
                .warmupTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .measurementIterations(MEASUREMENT_ITERATIONS)
                .measurementTime(TimeValue.seconds(SECONDS_PER_ITERATION))
                .timeUnit(TimeUnit.SECONDS)
                .build();
    }

    static String summary(Scores mix, Scores sticker) {
        double ratio = mix.median() / TARGET;
        return String.join("\n",
                "",
                String.format(Locale.ROOT, "Samvad conversation engine, one thread, 1 fork, JDK %d: %d x %d s measured"
                        + " after %d x %d s warm-up; a transition is one handle call",
                        Runtime.version().feature(), MEASUREMENT_ITERATIONS, SECONDS_PER_ITERATION,
                        WARMUP_ITERATIONS, SECONDS_PER_ITERATION),
                line("questionnaire mix (median)", mix.median()) + mix.range(),
                line("baseline: sticker re-prompt (median)", sticker.median()) + sticker.range(),
                line("target", TARGET),
                String.format(Locale.ROOT, "  %-38s %,14.2f  (%s)", "ratio median / target", ratio,
                        ratio >= 1 ? "meets the target" : "BELOW the target"));
    }

    private static String line(String what, double perSecond) {
        return String.format(Locale.ROOT, "  %-38s %,14.0f transitions/s", what, perSecond);
    }
}
