package org.samvad.bot.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Brings what a worker typed to one form before it is matched: Unicode NFC, folded
 * case and spaces, Devanagari digits as ASCII digits, and trailing punctuation
 * (including the danda) dropped.
 */
final class Typing {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?,;:।॥]+$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

    private Typing() {
    }

    static String normalize(String typed) {
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().map(Typing::asciiDigit).forEach(out::appendCodePoint);
        String folded = SPACES.matcher(out).replaceAll(" ").toLowerCase(Locale.ROOT);
        return TRAILING_PUNCTUATION.matcher(folded).replaceAll("");
    }

    /** The whole number the text is, if it is nothing but one. */
    static OptionalInt wholeNumber(String normalized) {
        return WHOLE_NUMBER.matcher(normalized).matches()
                ? OptionalInt.of(Integer.parseInt(normalized))
                : OptionalInt.empty();
    }

    private static int asciiDigit(int codePoint) {
        return codePoint >= '०' && codePoint <= '९' ? '0' + (codePoint - '०') : codePoint;
    }
}
