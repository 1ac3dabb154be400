package org.samvad.db.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a worker answered to one question, stored structured: exactly one of
 * {@code optionKey} (single choice, yes/no), {@code optionKeys} (multiple choice),
 * {@code numberValue} (numbers, ratings) or {@code textValue} (free text, a
 * nomination's name) is set. {@code phone} goes only with a nomination's name.
 * Free text carries what was read in it ({@code textLanguage}: hi, hi-Latn, en or
 * other; {@code sentiment}; {@code themes}; {@code tokens}; content {@code terms}), a
 * nomination its {@code personKey}; all null otherwise.
 */
public record Answer(String optionKey, List<String> optionKeys, Integer numberValue, String textValue, String phone,
        Instant answeredAt, String textLanguage, String sentiment, List<String> themes, List<String> tokens,
        List<String> terms, String personKey) {

    public Answer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        optionKeys = optionKeys == null ? null : List.copyOf(optionKeys);
        themes = themes == null ? null : List.copyOf(themes);
        tokens = tokens == null ? null : List.copyOf(tokens);
        terms = terms == null ? null : List.copyOf(terms);
        int values = (optionKey == null ? 0 : 1) + (optionKeys == null ? 0 : 1) + (numberValue == null ? 0 : 1)
                + (textValue == null ? 0 : 1);
        if (values != 1) {
            throw new IllegalArgumentException("An answer holds exactly one value");
        }
        if (phone != null && textValue == null) {
            throw new IllegalArgumentException("A phone number goes only with a name");
        }
    }

    public static Answer option(String optionKey, Instant at) {
        return new Answer(optionKey, null, null, null, null, at, null, null, null, null, null, null);
    }

    public static Answer options(List<String> optionKeys, Instant at) {
        return new Answer(null, optionKeys, null, null, null, at, null, null, null, null, null, null);
    }

    public static Answer number(int value, Instant at) {
        return new Answer(null, null, value, null, null, at, null, null, null, null, null, null);
    }

    public static Answer text(String value, Instant at) {
        return new Answer(null, null, null, value, null, at, null, null, null, null, null, null);
    }

    /** A nomination: a name, and a phone number or null. */
    public static Answer nomination(String name, String phone, Instant at) {
        return new Answer(null, null, null, name, phone, at, null, null, null, null, null, null);
    }

    /** This free-text answer with what was read in it. */
    public Answer readAs(String language, String sentimentRead, List<String> themesRead, List<String> tokensRead,
            List<String> termsRead) {
        return new Answer(optionKey, optionKeys, numberValue, textValue, phone, answeredAt, language, sentimentRead,
                themesRead, tokensRead, termsRead, personKey);
    }

    /** This nomination with the key that identifies its person across spellings and scripts. */
    public Answer naming(String key) {
        return new Answer(optionKey, optionKeys, numberValue, textValue, phone, answeredAt, textLanguage, sentiment,
                themes, tokens, terms, key);
    }
}
