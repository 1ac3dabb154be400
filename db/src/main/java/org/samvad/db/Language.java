package org.samvad.db;

import java.util.Locale;

/**
 * A language a worker reads: Hindi (in Devanagari) or English. Stored and shown in
 * APIs by its code, {@code hi} or {@code en}.
 */
public enum Language {
    HI, EN;

    /** The two-letter code, as stored and as written in the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language for a code.
     *
     * @throws IllegalArgumentException for anything but {@code hi} or {@code en}
     */
    public static Language ofCode(String code) {
        return switch (code) {
            case "hi" -> HI;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("Unknown language code: " + code);
        };
    }
}
