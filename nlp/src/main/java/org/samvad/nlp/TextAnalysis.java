package org.samvad.nlp;

import java.util.List;

/**
 * What Samvad reads in one free-text answer.
 *
 * @param language {@code hi} (Devanagari Hindi), {@code hi-Latn} (romanized Hindi), {@code en}, or {@code other}
 * @param sentiment positive, negative or neutral
 * @param themes the themes the text speaks of (keys such as {@code training}, {@code roads}); may be empty
 * @param tokens the text's tokens, Devanagari vowel signs, virama and nukta kept with their letters
 */
public record TextAnalysis(String language, Sentiment sentiment, List<String> themes, List<String> tokens) {

    public TextAnalysis {
        themes = List.copyOf(themes);
        tokens = List.copyOf(tokens);
    }
}
