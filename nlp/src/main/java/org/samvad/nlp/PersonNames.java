package org.samvad.nlp;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One key per person however their name is written: "रमेश कुमार", "Ramesh Kumar" and
 * "ramesh  kumar" share a key, so nominations are counted per person. Devanagari is
 * transliterated to Latin (ICU4J), accents dropped, and the common differences of
 * romanized spelling folded (long vowels written double, sh/s, v/w, a final
 * inherent "a").
 */
public final class PersonNames {

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Devanagari-Latin; Latin-ASCII"));

    private PersonNames() {
    }

    /** The person key of a name; empty for a name without letters. */
    public static String key(String name) {
        String latin = TO_LATIN.get().transliterate(Normalizer.normalize(name, Normalizer.Form.NFC))
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z\\s]", " ");
        return Arrays.stream(latin.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(PersonNames::fold)
                .collect(Collectors.joining(" "));
    }

    private static String fold(String word) {
        String folded = word
                .replace("aa", "a").replace("ee", "i").replace("oo", "u")
                .replace("sh", "s").replace("w", "v").replace("ph", "f")
                .replace("ii", "i").replace("uu", "u")
                .replaceAll("(.)\\1+", "$1");
        return folded.length() > 2 && folded.endsWith("a") ? folded.substring(0, folded.length() - 1) : folded;
    }
}
