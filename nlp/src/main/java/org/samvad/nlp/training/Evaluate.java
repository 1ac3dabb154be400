package org.samvad.nlp.training;

import org.samvad.nlp.TextAnalysis;
import org.samvad.nlp.TextAnalyzer;
import org.samvad.nlp.Themes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the models on the held-out test split of the corpus (never used in training) and
 * prints the figures. Argument: the corpus directory (default {@code nlp/src/main/corpus}).
 */
public final class Evaluate {

    /**
     * The held-out figures.
     *
     * @param languageAccuracy share of lines whose language is right, all languages
     * @param languageAccuracyBy the same per language ({@code hi}, {@code hi-Latn}, {@code en}, {@code other})
     * @param sentimentAccuracy share of lines whose sentiment is right
     * @param sentimentMacroF1 F1 of positive, negative and neutral, averaged
     * @param themeMicroF1 F1 over every (line, theme) decision
     * @param themeMacroF1 F1 of each theme, averaged over {@link Themes#KEYS}
     * @param themeF1By F1 per theme
     */
    public record Scores(double languageAccuracy, Map<String, Double> languageAccuracyBy, double sentimentAccuracy,
                         double sentimentMacroF1, double themeMicroF1, double themeMacroF1,
                         Map<String, Double> themeF1By) {
    }

    private Evaluate() {
    }

    public static void main(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "nlp/src/main/corpus");
        long start = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.fromClasspath();
        System.out.printf("Models loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        print(run(analyzer, corpus));
    }

    public static void print(Scores scores) {
        System.out.printf(Locale.ROOT, "language accuracy %.3f %s%n", scores.languageAccuracy(), rounded(scores.languageAccuracyBy()));
        System.out.printf(Locale.ROOT, "sentiment accuracy %.3f macro-F1 %.3f%n", scores.sentimentAccuracy(), scores.sentimentMacroF1());
        System.out.printf(Locale.ROOT, "themes micro-F1 %.3f macro-F1 %.3f %s%n", scores.themeMicroF1(), scores.themeMacroF1(), rounded(scores.themeF1By()));
    }

    public static Scores run(TextAnalyzer analyzer, Path corpus) {
        Map<String, int[]> languages = new TreeMap<>();
        for (Corpus.Line line : Corpus.read(corpus, "language", "test").lines()) {
            int[] rightOfAll = languages.computeIfAbsent(line.label(), k -> new int[2]);
            rightOfAll[0] += line.label().equals(analyzer.language(line.text())) ? 1 : 0;
            rightOfAll[1]++;
        }
        Map<String, Double> languageBy = new LinkedHashMap<>();
        languages.forEach((language, counts) -> languageBy.put(language, (double) counts[0] / counts[1]));
        int languageRight = languages.values().stream().mapToInt(c -> c[0]).sum();
        int languageAll = languages.values().stream().mapToInt(c -> c[1]).sum();

        List<String> sentiments = List.of("positive", "negative", "neutral");
        Confusion sentiment = new Confusion();
        Map<String, Confusion> sentimentBy = new LinkedHashMap<>();
        sentiments.forEach(s -> sentimentBy.put(s, new Confusion()));
        int sentimentRight = 0;
        List<Corpus.Line> sentimentLines = Corpus.read(corpus, "sentiment", "test").lines();
        for (Corpus.Line line : sentimentLines) {
            String guess = analyzer.analyze(line.text()).sentiment().name().toLowerCase(Locale.ROOT);
            sentimentRight += guess.equals(line.label()) ? 1 : 0;
            sentimentBy.forEach((s, c) -> c.add(guess.equals(s), line.label().equals(s)));
        }

        Confusion themesAll = new Confusion();
        Map<String, Confusion> themesBy = new LinkedHashMap<>();
        Themes.KEYS.forEach(k -> themesBy.put(k, new Confusion()));
        for (Corpus.Line line : Corpus.read(corpus, "themes", "test").lines()) {
            TextAnalysis analysis = analyzer.analyze(line.text());
            for (String key : Themes.KEYS) {
                boolean guessed = analysis.themes().contains(key);
                boolean truth = line.labels().contains(key);
                themesBy.get(key).add(guessed, truth);
                themesAll.add(guessed, truth);
            }
        }
        Map<String, Double> themeF1By = new LinkedHashMap<>();
        themesBy.forEach((k, c) -> themeF1By.put(k, c.f1()));
        return new Scores((double) languageRight / languageAll, languageBy,
                (double) sentimentRight / sentimentLines.size(),
                sentimentBy.values().stream().mapToDouble(Confusion::f1).average().orElse(0),
                themesAll.f1(), themeF1By.values().stream().mapToDouble(Double::doubleValue).average().orElse(0),
                themeF1By);
    }

    private static Map<String, String> rounded(Map<String, Double> figures) {
        Map<String, String> out = new LinkedHashMap<>();
        figures.forEach((k, v) -> out.put(k, String.format(Locale.ROOT, "%.3f", v)));
        return out;
    }

    private static final class Confusion {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        void add(boolean guessed, boolean truth) {
            truePositives += guessed && truth ? 1 : 0;
            falsePositives += guessed && !truth ? 1 : 0;
            falseNegatives += !guessed && truth ? 1 : 0;
        }

        double f1() {
            int denominator = 2 * truePositives + falsePositives + falseNegatives;
            return denominator == 0 ? 1 : 2.0 * truePositives / denominator;
        }
    }
}
