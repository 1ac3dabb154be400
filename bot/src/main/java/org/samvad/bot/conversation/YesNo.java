package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads yes or no in Devanagari, romanized Hindi and English, with common spellings,
 * stretched letters ("haaan", "nahiii") and emoji. Deliberately unclear, so asked again:
 * acknowledgements that answer nothing ("ok", "theek hai", "accha", 👌 is yes but 🆗 is
 * not), hedges ("shayad", "pata nahi", "maybe"), both yes and no, and a question back
 * ("haan?", which in Hindi is also "what?").
 */
final class YesNo {

    static final String YES = "yes";
    static final String NO = "no";

    private static final Set<String> YES_WORDS = keys("yes", "y", "yeah", "yea", "yep", "yup", "sure",
            "of course", "ofcourse", "absolutely", "definitely", "correct", "right", "true", "haan", "han", "ha",
            "hn", "hanji", "haanji", "hnji", "ji", "jee", "ji haan", "ji ha", "jee haan", "bilkul", "bilkul haan",
            "zaroor", "zarur", "jaroor", "jarur", "haan zaroor", "haan bilkul", "sahi", "sahi baat", "yes bilkul",
            "हाँ", "हां", "हा", "हाँजी", "हांजी", "जी", "जी हाँ", "जी हां", "जी हा", "बिल्कुल", "बिलकुल", "ज़रूर", "जरूर", "जरुर",
            "हाँ बिल्कुल", "हाँ ज़रूर", "हाँ जरूर", "सही", "yes हाँ", "हाँ yes", "haan yes", "yes haan");
    private static final Set<String> NO_WORDS = keys("no", "n", "nope", "nah", "never", "not at all", "not",
            "nahi", "nahin", "nhi", "nahee", "nai", "na", "naa", "ji nahi", "ji nahin", "ji na", "bilkul nahi",
            "bilkul nahin", "bilkul nhi", "bilkul na", "katai nahi", "no nahi", "nahi no",
            "नहीं", "नही", "नहि", "ना", "जी नहीं", "जी नही", "जी ना", "बिल्कुल नहीं", "बिलकुल नहीं", "बिल्कुल नही", "कतई नहीं",
            "नहीं जी", "no नहीं", "नहीं no");
    /** Words said around an answer that do not change it. */
    private static final Set<String> FILLERS = keys("ji", "jee", "bhai", "bhaiya", "sir", "madam", "sahab", "please",
            "hai", "hain", "he", "h", "है", "हैं", "जी", "भाई", "भैया", "सर", "साहब");
    /** Words after which a leading yes or no is no longer plain. */
    private static final Set<String> HEDGES = keys("but", "lekin", "par", "magar", "parantu", "kabhi", "shayad",
            "maybe", "pata", "kuch", "thoda", "sometimes", "kam", "lagta", "लेकिन", "पर", "मगर", "परंतु", "कभी", "शायद",
            "पता", "कुछ", "थोड़ा", "कम", "लगता", "or", "ya", "या");

    private static final String YES_EMOJI = "👍✅✔☑👌";
    private static final String NO_EMOJI = "👎❌✖❎🚫";

    private YesNo() {
    }

    /** {@link #YES} or {@link #NO}, if the answer is plainly one of them. */
    static Optional<String> read(String typed, String normalized) {
        if (typed.indexOf('?') >= 0 || typed.indexOf('？') >= 0) {
            return Optional.empty();
        }
        StringBuilder words = new StringBuilder();
        StringBuilder emoji = new StringBuilder();
        normalized.codePoints().filter(c -> c != 0xFE0F && c != 0x200D && (c < 0x1F3FB || c > 0x1F3FF))
                .forEach(c -> (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                        || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == ' ' || c == ','
                        ? words : emoji).appendCodePoint(c));
        Optional<String> byEmoji = emoji(emoji.toString().replaceAll("[\\p{P}\\s]", ""));
        Optional<String> byWords = words(words.toString());
        if (emoji.toString().isBlank()) {
            return byWords;
        }
        if (words.toString().isBlank()) {
            return byEmoji;
        }
        return byEmoji.isPresent() && byEmoji.equals(byWords) ? byEmoji : Optional.empty();
    }

    private static Optional<String> emoji(String emoji) {
        if (!emoji.isEmpty() && emoji.codePoints().allMatch(c -> YES_EMOJI.indexOf(c) >= 0 && c > 0)) {
            return Optional.of(YES);
        }
        if (!emoji.isEmpty() && emoji.codePoints().allMatch(c -> NO_EMOJI.indexOf(c) >= 0)) {
            return Optional.of(NO);
        }
        return Optional.empty();
    }

    private static Optional<String> words(String text) {
        List<String> tokens = new ArrayList<>(Arrays.asList(key(text).split(" ")));
        tokens.removeIf(String::isEmpty);
        String whole = String.join(" ", tokens);
        Optional<String> plain = phrase(whole);
        if (plain.isPresent() || tokens.isEmpty()) {
            return plain;
        }
        List<String> meaningful = tokens.stream().filter(t -> !FILLERS.contains(t)).toList();
        plain = phrase(String.join(" ", meaningful));
        if (plain.isPresent()) {
            return plain;
        }
        for (int lead = Math.min(2, meaningful.size() - 1); lead >= 1; lead--) {
            Optional<String> leading = phrase(String.join(" ", meaningful.subList(0, lead)));
            if (leading.isPresent() && plainRest(leading.get(), meaningful.subList(lead, meaningful.size()))) {
                return leading;
            }
        }
        return Optional.empty();
    }

    private static boolean plainRest(String verdict, List<String> rest) {
        Set<String> contrary = verdict.equals(YES) ? NO_WORDS : YES_WORDS;
        return rest.stream().noneMatch(w -> HEDGES.contains(w) || contrary.contains(w) || w.equals("nahi")
                && verdict.equals(YES));
    }

    private static Optional<String> phrase(String key) {
        if (YES_WORDS.contains(key)) {
            return Optional.of(YES);
        }
        return NO_WORDS.contains(key) ? Optional.of(NO) : Optional.empty();
    }

    /** Lower case, Devanagari folded, commas as spaces, stretched letters ("haaan") as one. */
    static String key(String text) {
        String folded = Folding.devanagari(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("[,\\s]+", " ")
                .strip();
        return folded.replaceAll("(\\p{L})\\1+", "$1");
    }

    private static Set<String> keys(String... words) {
        return Arrays.stream(words).map(w -> key(Typing.normalize(w))).collect(Collectors.toUnmodifiableSet());
    }
}
