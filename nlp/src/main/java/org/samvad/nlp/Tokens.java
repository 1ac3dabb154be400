package org.samvad.nlp;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a worker's text into word tokens, in Devanagari, romanized Hindi or English.
 *
 * <p>Text is NFC-normalised, then cut at ICU word boundaries (Unicode UAX #29), so a Devanagari
 * letter keeps its vowel signs (matras), virama, nukta and joiners: a grapheme cluster is never split.
 * Whitespace, punctuation, the danda {@code ।} and double danda {@code ॥} and emoji are dropped;
 * Latin letters are lower-cased. Thread-safe.
 */
public final class Tokens {

    private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);

    private Tokens() {
    }

    /**
     * @param text any text; not null
     * @return the tokens in order, possibly empty; never null
     */
    public static List<String> of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        BreakIterator words = (BreakIterator) WORDS.clone();
        words.setText(normal);
        List<String> tokens = new ArrayList<>();
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String word = normal.substring(start, end);
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }
}
