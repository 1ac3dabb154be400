package org.samvad.db.run;

import java.time.Instant;
import java.util.Objects;

/**
 * What a worker answered to one question, stored structured: exactly one of
 * {@code optionKey} (choices and yes/no), {@code numberValue} or {@code textValue}
 * is set.
 */
public record Answer(String optionKey, Integer numberValue, String textValue, Instant answeredAt) {

    public Answer {
        Objects.requireNonNull(answeredAt, "answeredAt");
        int values = (optionKey == null ? 0 : 1) + (numberValue == null ? 0 : 1) + (textValue == null ? 0 : 1);
        if (values != 1) {
            throw new IllegalArgumentException("An answer holds exactly one value");
        }
    }

    public static Answer option(String optionKey, Instant at) {
        return new Answer(optionKey, null, null, at);
    }

    public static Answer number(int value, Instant at) {
        return new Answer(null, value, null, at);
    }

    public static Answer text(String value, Instant at) {
        return new Answer(null, null, value, at);
    }
}
