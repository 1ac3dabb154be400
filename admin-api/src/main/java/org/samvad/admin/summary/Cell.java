package org.samvad.admin.summary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * A figure of a summary that small-cell suppression may withhold: in JSON either the
 * number itself or {@code {"suppressed": true}}; in exports the number or the word
 * {@code suppressed}. A null value (a rate of an empty roster) is JSON null.
 */
record Cell(Number value, boolean suppressed) {

    static final Cell SUPPRESSED = new Cell(null, true);
    static final String SUPPRESSED_TEXT = "suppressed";
    private static final Map<String, Boolean> MARKER = Map.of("suppressed", true);

    static Cell of(Number value) {
        return new Cell(value, false);
    }

    /** The value, or {@link #SUPPRESSED} when {@code suppress}. */
    static Cell of(Number value, boolean suppress) {
        return suppress ? SUPPRESSED : of(value);
    }

    /** A share or rate rounded to three places; null when the denominator is zero. */
    static Cell ratio(long part, long whole, boolean suppress) {
        return suppress ? SUPPRESSED : of(whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0);
    }

    @JsonValue
    Object json() {
        return suppressed ? MARKER : value;
    }

    /** As written in a CSV or spreadsheet cell: the number, {@code suppressed}, or empty for none. */
    String text() {
        return suppressed ? SUPPRESSED_TEXT : value == null ? "" : value.toString();
    }
}
