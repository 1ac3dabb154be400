package org.samvad.bot.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.samvad.db.questionnaire.QuestionOption;

/**
 * Finds the option a worker meant: by its number (digits or a number word), by its label
 * in English or Devanagari, by the Devanagari label typed in Roman letters ("jan
 * sampark" for जन-संपर्क), with a typo or two in longer labels, or by a word that only
 * one label has. Where options match equally well it names them all instead of choosing.
 */
final class Choosing {

    private static final int MAX_REMEMBERED = 10_000;
    private static final Map<QuestionOption, List<String>> FORMS = new ConcurrentHashMap<>();
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^(?:option|opt|vikalp|विकल्प|number|num|no|नंबर|नम्बर|संख्या|#)\\s*[.:#-]?\\s*");
    private static final Pattern NUMBER_DECORATION = Pattern.compile("^\\(?\\s*|\\s*[).]$");
    /** A word this short or shorter must be typed exactly to pick an option on its own. */
    private static final int SHORT_WORD = 3;

    private Choosing() {
    }

    /** What the typed text picks from the options. */
    sealed interface Pick {
    }

    record Chosen(QuestionOption option) implements Pick {
    }

    /** Several options fit equally well; the worker is asked which. */
    record Ambiguous(List<QuestionOption> candidates) implements Pick {
    }

    record Unmatched() implements Pick {
    }

    static Pick pick(List<QuestionOption> options, String normalized) {
        OptionalInt number = number(normalized);
        if (number.isPresent()) {
            int n = number.getAsInt();
            return n >= 1 && n <= options.size() ? new Chosen(options.get(n - 1)) : new Unmatched();
        }
        String typed = Folding.key(normalized);
        if (typed.isEmpty()) {
            return new Unmatched();
        }
        List<String> typedForms = Folding.isDevanagari(typed) ? List.of(typed, Folding.romanized(typed))
                : List.of(typed);
        List<List<String>> forms = options.stream().map(Choosing::forms).toList();
        Pick pick = best(options, forms, typedForms, 0);
        if (pick instanceof Unmatched) {
            pick = best(options, forms, typedForms, typed.codePointCount(0, typed.length()) / 5);
        }
        return pick instanceof Unmatched ? byWord(options, forms, typedForms) : pick;
    }

    /** The number in "2", "२", "do", "option 2", "(2)"; empty if the text is not one. */
    static OptionalInt number(String normalized) {
        String bare = NUMBER_DECORATION.matcher(NUMBER_PREFIX.matcher(normalized).replaceFirst("")).replaceAll("");
        OptionalInt digits = Typing.wholeNumber(bare);
        return digits.isPresent() ? digits : NumberWords.value(bare);
    }

    /** The forms an option is recognised by; they depend on the option alone, so they are remembered. */
    private static List<String> forms(QuestionOption option) {
        if (FORMS.size() > MAX_REMEMBERED) {
            FORMS.clear();
        }
        return FORMS.computeIfAbsent(option, Choosing::formsOf);
    }

    private static List<String> formsOf(QuestionOption option) {
        List<String> forms = new ArrayList<>();
        forms.add(Folding.key(Typing.normalize(option.label().en())));
        String hindi = Folding.key(Typing.normalize(option.label().hi()));
        forms.add(hindi);
        if (Folding.isDevanagari(hindi)) {
            forms.add(Folding.romanized(hindi));
        }
        forms.add(Folding.key(option.key().replace('_', ' ')));
        return List.copyOf(forms);
    }

    /** The options nearest the typed forms within {@code threshold} edits; a tie is ambiguous. */
    private static Pick best(List<QuestionOption> options, List<List<String>> forms, List<String> typedForms,
            int threshold) {
        LevenshteinDistance distance = new LevenshteinDistance(threshold);
        int bestDistance = Integer.MAX_VALUE;
        List<QuestionOption> nearest = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            int d = nearest(distance, forms.get(i), typedForms);
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                nearest.clear();
            }
            if (d >= 0 && d == bestDistance) {
                nearest.add(options.get(i));
            }
        }
        return decided(nearest);
    }

    private static int nearest(LevenshteinDistance distance, List<String> forms, List<String> typedForms) {
        int best = -1;
        for (String form : forms) {
            for (String typed : typedForms) {
                int d = form.equals(typed) ? 0 : distance.apply(form, typed);
                if (d >= 0 && (best < 0 || d < best)) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** Options whose labels have every typed word (a longer word may have one typo). */
    private static Pick byWord(List<QuestionOption> options, List<List<String>> forms, List<String> typedForms) {
        List<QuestionOption> having = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (hasWords(forms.get(i), typedForms)) {
                having.add(options.get(i));
            }
        }
        return decided(having);
    }

    private static boolean hasWords(List<String> forms, List<String> typedForms) {
        LevenshteinDistance oneTypo = new LevenshteinDistance(1);
        for (String form : forms) {
            List<String> labelWords = Arrays.asList(form.split(" "));
            for (String typed : typedForms) {
                String[] words = typed.split(" ");
                boolean all = words.length < labelWords.size();
                for (String word : words) {
                    all &= labelWords.contains(word) || word.length() > SHORT_WORD + 1
                            && labelWords.stream().anyMatch(w -> oneTypo.apply(w, word) >= 0);
                }
                if (all && !typed.isBlank() && typed.length() >= SHORT_WORD) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Pick decided(List<QuestionOption> candidates) {
        return switch (candidates.size()) {
            case 0 -> new Unmatched();
            case 1 -> new Chosen(candidates.get(0));
            default -> new Ambiguous(List.copyOf(candidates));
        };
    }
}
