package org.samvad.bot.conversation;

import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Folds the many ways one word is spelt to one key, so that spellings compare equal:
 * Devanagari without nukta and with anusvara for chandrabindu; Roman letters (romanized
 * Hindi, English) to a skeleton without doubled letters or long-vowel spellings; and a
 * Devanagari label romanized (with ICU4J) to that same skeleton. Pure; the romanized
 * labels are remembered, so a label is transliterated once.
 */
final class Folding {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{M}0-9]+");
    private static final Pattern FINAL_SCHWA = Pattern.compile("(?<=[^aeiouāīūṛ\\s])a\\b");
    private static final Pattern DEVANAGARI = Pattern.compile("[\\u0900-\\u097F]");
    private static final int MAX_REMEMBERED = 10_000;

    private static final Transliterator TO_LATIN = Transliterator.getInstance("Devanagari-Latin");
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Latin-ASCII");
    private static final Map<String, String> ROMANIZED = new ConcurrentHashMap<>();

    private Folding() {
    }

    /** Letters and digits only, one space between words; Devanagari folded, Roman letters to their skeleton. */
    static String key(String normalized) {
        String words = NOT_LETTERS.matcher(normalized).replaceAll(" ").strip();
        return DEVANAGARI.matcher(words).find() ? devanagari(words) : skeleton(words);
    }

    /** Devanagari without nukta (ड़ is ड) and with anusvara for chandrabindu (हाँ is हां). */
    static String devanagari(String text) {
        return text.replace("\u093C", "").replace('\u0901', '\u0902');
    }

    /**
     * Roman letters as they sound: aa/ee/oo as a/i/u, w as v, z as j, sh as s, chh as ch,
     * a lone c as ch, m before a consonant as n, doubled letters single, and a word-final
     * ah/eh as a.
     */
    static String skeleton(String latin) {
        String s = latin.toLowerCase(java.util.Locale.ROOT)
                .replace("aa", "a").replace("ee", "i").replace("ii", "i").replace("oo", "u").replace("uu", "u")
                .replace('w', 'v').replace('z', 'j').replace("sh", "s").replace("chh", "ch")
                .replaceAll("c(?!h)", "ch")
                .replaceAll("m(?=[bcdfghjklpqrstvxy])", "n")
                .replaceAll("([a-z])\\1+", "$1")
                .replaceAll("(?<=[a-z])[ae]h\\b", "a");
        return s;
    }

    /** A Devanagari text in Roman letters as a worker would type it, as a skeleton: जन-संपर्क is "jan sanpark". */
    static String romanized(String devanagari) {
        if (ROMANIZED.size() > MAX_REMEMBERED) {
            ROMANIZED.clear();
        }
        return ROMANIZED.computeIfAbsent(devanagari, Folding::transliterate);
    }

    private static String transliterate(String devanagari) {
        String latin;
        synchronized (TO_LATIN) {
            latin = TO_LATIN.transliterate(devanagari);
        }
        latin = FINAL_SCHWA.matcher(NOT_LETTERS.matcher(latin.replace("ṁ", "n").replace("ṅ", "n"))
                .replaceAll(" ").strip()).replaceAll("");
        synchronized (TO_ASCII) {
            latin = TO_ASCII.transliterate(latin);
        }
        return skeleton(latin);
    }

    /** Whether the text has Devanagari letters. */
    static boolean isDevanagari(String text) {
        return DEVANAGARI.matcher(text).find();
    }
}
