package org.samvad.nlp;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a worker's free-text answer: its language, sentiment, themes and tokens.
 *
 * <p>The models are Apache OpenNLP models: {@code langdetect-183.bin} from the
 * {@code opennlp-models-langdetect} jar, and document categorizers trained by this module's build
 * from {@code src/main/corpus} into {@code models/} on the classpath. Themes come from one
 * categorizer over {@link Themes#KEYS} and {@value #NO_THEME}, trained with one sample per (line, theme);
 * one-vs-rest, every theme whose probability reaches {@value #THEME_THRESHOLD} is reported.
 * Safe for concurrent use: each thread gets its own OpenNLP categorizers.
 */
public final class TextAnalyzer {

    /** Where the build writes the trained models, on the classpath. */
    public static final String MODELS = "models/";
    /** The theme categorizer's label for a text of none of the {@link Themes#KEYS}. */
    public static final String NO_THEME = "none";

    static final double THEME_THRESHOLD = 0.2;

    private final ThreadLocal<Categorizers> categorizers;

    private TextAnalyzer(LanguageDetectorModel detector, DoccatModel latin, DoccatModel sentiment,
                         DoccatModel themes) {
        this.categorizers = ThreadLocal.withInitial(() -> new Categorizers(
                new LanguageIdentifier(detector, latin), new DocumentCategorizerME(sentiment), new DocumentCategorizerME(themes)));
    }

    /**
     * Loads every model from the classpath.
     *
     * @throws UncheckedIOException when a model is missing or unreadable (the module was not built)
     */
    public static TextAnalyzer fromClasspath() {
        try (InputStream in = open("langdetect-183.bin")) {
            return new TextAnalyzer(new LanguageDetectorModel(in), doccat(MODELS + "language-latin.bin"),
                    doccat(MODELS + "sentiment.bin"), doccat(MODELS + "themes.bin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param text a worker's answer; not null
     * @return its language, sentiment, themes and tokens; never null
     */
    public TextAnalysis analyze(String text) {
        Objects.requireNonNull(text, "text");
        List<String> tokens = Tokens.of(text);
        Categorizers own = categorizers.get();
        String language = own.language.identify(text, tokens);
        if (tokens.isEmpty()) {
            return new TextAnalysis(language, Sentiment.NEUTRAL, List.of(), tokens);
        }
        String[] words = tokens.toArray(String[]::new);
        String sentiment = own.sentiment.getBestCategory(own.sentiment.categorize(words));
        double[] outcomes = own.themes.categorize(words);
        List<String> themes = new ArrayList<>();
        for (String key : Themes.KEYS) {
            if (outcomes[own.themes.getIndex(key)] >= THEME_THRESHOLD) {
                themes.add(key);
            }
        }
        return new TextAnalysis(language, Sentiment.valueOf(sentiment.toUpperCase(Locale.ROOT)), themes, tokens);
    }

    /**
     * @param text any text; not null
     * @return {@code hi} (Devanagari Hindi), {@code hi-Latn} (romanized Hindi), {@code en} or {@code other}
     */
    public String language(String text) {
        Objects.requireNonNull(text, "text");
        return categorizers.get().language.identify(text, Tokens.of(text));
    }

    private static DoccatModel doccat(String resource) {
        try (InputStream in = open(resource)) {
            return new DoccatModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("No model " + resource + " on the classpath; build the nlp module first");
        }
        return new BufferedInputStream(in);
    }

    private static final class Categorizers {
        final LanguageIdentifier language;
        final DocumentCategorizerME sentiment;
        final DocumentCategorizerME themes;

        Categorizers(LanguageIdentifier language, DocumentCategorizerME sentiment, DocumentCategorizerME themes) {
            this.language = language;
            this.sentiment = sentiment;
            this.themes = themes;
        }
    }
}
