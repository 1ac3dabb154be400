package org.samvad.db;

import java.util.Objects;

/**
 * A text in both of Samvad's languages. Questionnaires, questions, options and
 * locations all carry one; neither side is ever null.
 */
public record Text(String en, String hi) {

    public Text {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(hi, "hi");
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.HI ? hi : en;
    }
}
