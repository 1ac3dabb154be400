package org.samvad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of a text that say something: its tokens without Hindi, romanized Hindi
 * and English stopwords, numbers and single letters. Top terms per location are
 * counted from these.
 */
public final class Terms {

    private static final Set<String> STOPWORDS = load("hi", "en", "hi-latn");

    private Terms() {
    }

    /** The content terms among tokens, in order. */
    public static List<String> of(List<String> tokens) {
        return tokens.stream()
                .filter(token -> token.codePointCount(0, token.length()) > 1)
                .filter(token -> token.codePoints().anyMatch(Character::isLetter))
                .filter(token -> !STOPWORDS.contains(token))
                .toList();
    }

    private static Set<String> load(String... lists) {
        Set<String> words = new HashSet<>();
        for (String list : lists) {
            try (InputStream in = Terms.class.getResourceAsStream("/stopwords/" + list + ".txt");
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(words::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Stopword list " + list + " could not be read", e);
            }
        }
        return Set.copyOf(words);
    }
}
