package org.samvad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.samvad.nlp.TextAnalyzer;

/**
 * Measures how long the bot takes to load its language models: the first load in this
 * JVM (as at start-up) and the median of later loads, against a baseline of only reading
 * the same model files' bytes from the classpath. Run with
 * {@code java -cp bench/target/benchmarks.jar org.samvad.bench.ModelLoadBenchmarkMain}.
 */
public final class ModelLoadBenchmarkMain {

    private static final List<String> MODELS = List.of("langdetect-183.bin", "models/language-latin.bin",
            "models/sentiment.bin", "models/themes.bin");
    private static final int REPEATS = 7;

    private ModelLoadBenchmarkMain() {
    }

    public static void main(String[] args) throws IOException {
        long first = timeLoad();
        double[] loads = new double[REPEATS];
        double[] reads = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            loads[i] = timeLoad();
            reads[i] = timeRead();
        }
        double medianLoad = new Scores(loads).median();
        double medianRead = new Scores(reads).median();
        System.out.printf(Locale.ROOT, "model load, first in this JVM: %d ms%n", first / 1_000_000);
        System.out.printf(Locale.ROOT, "model load, median of %d: %.0f ms%n", REPEATS, medianLoad / 1e6);
        System.out.printf(Locale.ROOT, "baseline, reading the model files only, median: %.0f ms (load/read %.1fx)%n",
                medianRead / 1e6, medianLoad / medianRead);
    }

    private static long timeLoad() {
        long start = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.fromClasspath();
        long elapsed = System.nanoTime() - start;
        if (!"en".equals(analyzer.language("The road to our village is broken"))) {
            throw new IllegalStateException("the loaded models do not read English");
        }
        return elapsed;
    }

    private static long timeRead() throws IOException {
        long start = System.nanoTime();
        long bytes = 0;
        for (String model : MODELS) {
            try (InputStream in = ModelLoadBenchmarkMain.class.getClassLoader().getResourceAsStream(model)) {
                if (in == null) {
                    throw new IllegalStateException("no model " + model + " on the classpath");
                }
                bytes += in.readAllBytes().length;
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("empty models");
        }
        return System.nanoTime() - start;
    }
}
