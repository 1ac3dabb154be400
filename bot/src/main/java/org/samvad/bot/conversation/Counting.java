package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a count: digits (Devanagari or ASCII, "1,200"), number words in any of the three
 * languages, an estimate ("लगभग 20", "around twenty", "20 ke aas paas": the number said is
 * the answer) and what is counted ("20 log", "२० लोग", "20 workers"). A bound or a range
 * ("20 se zyada", "more than 20", "20-25") says no one number, so it is asked again.
 */
final class Counting {

    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=[0-9]),(?=[0-9]{2,3}\\b)");
    private static final Pattern DIGITS_AGAINST_LETTERS = Pattern.compile("(?<=[0-9])(?=\\p{L})|(?<=\\p{L})(?=[0-9])");

    private static final Set<String> BEFORE = words("lagbhag", "lagbag", "lgbhg", "lagabhag", "karib", "kareeb",
            "qareeb", "kariban", "kareeban", "takriban", "takreeban", "approx", "approximately", "about", "around",
            "nearly", "almost", "roughly", "only", "just", "sirf", "keval", "total", "kul", "लगभग", "करीब", "क़रीब",
            "तकरीबन", "तक़रीबन", "सिर्फ", "सिर्फ़", "केवल", "कुल", "~");
    private static final Set<String> AFTER = words("log", "logon", "logo", "people", "persons", "person", "members",
            "member", "workers", "worker", "karyakarta", "karyakartas", "sadasya", "hain", "hai", "he", "ji", "only",
            "hi", "approx", "approximately", "total", "लोग", "लोगों", "कार्यकर्ता", "सदस्य", "है", "हैं", "जी", "ही",
            "व्यक्ति", "vyakti", "jan", "जन");
    private static final List<List<String>> AFTER_PHRASES = List.of(List.of("ke", "aas", "paas"),
            List.of("ke", "aaspaas"), List.of("ke", "karib"), List.of("ke", "kareeb"), List.of("के", "आसपास"),
            List.of("के", "आस", "पास"), List.of("के", "करीब"), List.of("or", "so"));
    private static final Set<String> NONE = words("none", "nobody", "no one", "koi nahi", "koi nahin", "koi nhi",
            "ek bhi nahi", "ek bhi nahin", "कोई नहीं", "कोई नही", "एक भी नहीं", "शून्य");

    private Counting() {
    }

    /** The one whole number the text says, if it says exactly one. */
    static OptionalInt count(String normalized) {
        String text = DIGITS_AGAINST_LETTERS.matcher(DIGIT_GROUPS.matcher(normalized).replaceAll(""))
                .replaceAll(" ").replace("~", " ~ ");
        List<String> tokens = new ArrayList<>(Arrays.asList(text.split(" ")));
        tokens.removeIf(String::isBlank);
        boolean changed = true;
        while (changed && tokens.size() > 1) {
            changed = strip(tokens);
        }
        String rest = String.join(" ", tokens);
        if (NONE.contains(Folding.devanagari(rest))) {
            return OptionalInt.of(0);
        }
        OptionalInt digits = Typing.wholeNumber(rest);
        return digits.isPresent() ? digits : NumberWords.value(rest);
    }

    private static boolean strip(List<String> tokens) {
        if (BEFORE.contains(Folding.devanagari(tokens.get(0)))) {
            tokens.remove(0);
            return true;
        }
        if (AFTER.contains(Folding.devanagari(tokens.get(tokens.size() - 1)))) {
            tokens.remove(tokens.size() - 1);
            return true;
        }
        for (List<String> phrase : AFTER_PHRASES) {
            int from = tokens.size() - phrase.size();
            if (from >= 1 && tokens.subList(from, tokens.size()).stream().map(Folding::devanagari).toList()
                    .equals(phrase.stream().map(Folding::devanagari).toList())) {
                tokens.subList(from, tokens.size()).clear();
                return true;
            }
        }
        return false;
    }

    private static Set<String> words(String... words) {
        return Arrays.stream(words).map(w -> Folding.devanagari(Typing.normalize(w)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
