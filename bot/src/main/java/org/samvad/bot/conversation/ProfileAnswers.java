package org.samvad.bot.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a typed answer to a profile question: the option's number, its key or label,
 * the usual words in Devanagari, romanized Hindi and English, an age in years for the
 * age band, yes/no for minority, or a way of saying "skip". Pure.
 */
final class ProfileAnswers {

    private static final Set<String> SKIP_WORDS = Stream.of("skip", "छोड़ें", "छोड़ो", "छोड़ दें", "chhodo", "chodo",
            "chhode", "chhoden", "rehne do", "rahne do", "nahi batana", "nahin batana", "नहीं बताना", "pass",
            "no answer").map(Typing::normalize).collect(Collectors.toUnmodifiableSet());
    private static final Pattern YEARS = Pattern.compile("\\s*(saal|sal|years?|yrs|varsh|वर्ष|साल|बरस|baras)$");
    private static final List<Map<String, String>> WORDS = List.of(
            Map.of("youth", "18-35", "yuva", "18-35", "युवा", "18-35", "naujawan", "18-35", "नौजवान", "18-35",
                    "18-35", "18-35", "36-50", "36-50", "51+", "51+", "50+", "51+"),
            Map.ofEntries(Map.entry("woman", "FEMALE"), Map.entry("female", "FEMALE"), Map.entry("f", "FEMALE"),
                    Map.entry("mahila", "FEMALE"), Map.entry("महिला", "FEMALE"), Map.entry("स्त्री", "FEMALE"),
                    Map.entry("aurat", "FEMALE"), Map.entry("औरत", "FEMALE"), Map.entry("man", "MALE"),
                    Map.entry("male", "MALE"), Map.entry("m", "MALE"), Map.entry("purush", "MALE"),
                    Map.entry("पुरुष", "MALE"), Map.entry("aadmi", "MALE"), Map.entry("आदमी", "MALE"),
                    Map.entry("other", "OTHER"), Map.entry("anya", "OTHER"), Map.entry("अन्य", "OTHER")),
            Map.ofEntries(Map.entry("sc", "SC"), Map.entry("अनुसूचित जाति", "SC"), Map.entry("anusuchit jati", "SC"),
                    Map.entry("scheduled caste", "SC"), Map.entry("st", "ST"), Map.entry("अनुसूचित जनजाति", "ST"),
                    Map.entry("anusuchit janjati", "ST"), Map.entry("scheduled tribe", "ST"),
                    Map.entry("adivasi", "ST"), Map.entry("आदिवासी", "ST"), Map.entry("obc", "OBC"),
                    Map.entry("अन्य पिछड़ा वर्ग", "OBC"), Map.entry("पिछड़ा वर्ग", "OBC"),
                    Map.entry("pichhda varg", "OBC"), Map.entry("other backward class", "OBC"),
                    Map.entry("general", "GENERAL"), Map.entry("सामान्य", "GENERAL"), Map.entry("samanya", "GENERAL"),
                    Map.entry("samanya varg", "GENERAL"), Map.entry("सामान्य वर्ग", "GENERAL")),
            Map.of());

    private ProfileAnswers() {
    }

    /** The option key, {@link Profiling#SKIP}, or empty when the answer cannot be read. */
    static Optional<String> read(int step, String typed) {
        String text = Typing.normalize(typed);
        if (SKIP_WORDS.contains(text)) {
            return Optional.of(Profiling.SKIP);
        }
        String word = WORDS.get(step).entrySet().stream()
                .filter(e -> Typing.normalize(e.getKey()).equals(text.replace('–', '-'))).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (word != null) {
            return Optional.of(word);
        }
        OptionalInt number = Profiling.number(YEARS.matcher(text).replaceAll(""));
        List<String> keys = Profiling.keys(step);
        if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= keys.size()) {
            return Optional.of(keys.get(number.getAsInt() - 1));
        }
        if (step == 0) {
            return number.isPresent() ? ageBand(number.getAsInt()) : Optional.empty();
        }
        if (step == 3) {
            return YesNo.read(typed, text).map(verdict -> verdict.equals(YesNo.YES) ? "yes" : "no");
        }
        return Optional.empty();
    }

    private static Optional<String> ageBand(int age) {
        if (age < 18 || age > 120) {
            return Optional.empty();
        }
        return Optional.of(age <= 35 ? "18-35" : age <= 50 ? "36-50" : "51+");
    }
}
