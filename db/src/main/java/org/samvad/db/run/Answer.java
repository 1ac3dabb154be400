package org.samvad.db.run;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a worker answered to one question, stored structured: exactly one of
 * {@code optionKey} (single choice, yes/no), {@code optionKeys} (multiple choice),
 * {@code numberValue} (numbers, ratings) or {@code textValue} (free text, a
 * nomination's name) is set. {@code phone} goes only with a nomination's name.
 */
public record Answer(String optionKey, List<String> optionKeys, Integer numberValue, String textValue, String phone,
        Instant answeredAt) {

    public Answer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        optionKeys = optionKeys == null ? null : List.copyOf(optionKeys);
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
        return new Answer(optionKey, null, null, null, null, at);
    }

    public static Answer options(List<String> optionKeys, Instant at) {
        return new Answer(null, optionKeys, null, null, null, at);
    }

    public static Answer number(int value, Instant at) {
        return new Answer(null, null, value, null, null, at);
    }

    public static Answer text(String value, Instant at) {
        return new Answer(null, null, null, value, null, at);
    }

    /** A nomination: a name, and a phone number or null. */
    public static Answer nomination(String name, String phone, Instant at) {
        return new Answer(null, null, null, name, phone, at);
    }
}
