package org.samvad.bot.conversation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.samvad.db.Language;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;

/**
 * Reads a typed answer for one question: yes/no in Hindi, romanized Hindi and
 * English; an option by its number or its label in either language; a whole number
 * within bounds; free text within its length. What it cannot read it says why.
 */
final class AnswerReader {

    static final int DEFAULT_MAX_TEXT = 1000;
    static final int DEFAULT_MAX_NAME = 100;

    private static final Pattern SEPARATORS =
            Pattern.compile("\\s*(?:,|;|/|\\band\\b|\\baur\\b|और)\\s*|\\s+(?=[0-9])");
    private static final Pattern PHONE =
            Pattern.compile("(?:\\+?91[\\s-]?)?\\b([6-9][0-9]{4}[\\s-]?[0-9]{5})\\b");

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "haan", "han", "ha", "haa", "haanji",
            "haan ji", "ji", "ji haan", "jee", "हाँ", "हां", "हा", "जी", "जी हाँ", "जी हां", "हाँ जी", "हां जी", "👍", "✅");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nahi", "nahin", "nai", "nhi", "na", "ji nahi",
            "नहीं", "नही", "ना", "जी नहीं", "👎", "❌");

    private AnswerReader() {
    }

    /** The outcome of reading an answer: understood, or why not. */
    sealed interface Reading {
    }

    record Understood(AnswerValue value) implements Reading {
    }

    /** Not understood; {@code problem} is said to the worker before the question is asked again. */
    record NotUnderstood(String problem) implements Reading {
    }

    static Reading read(Question question, String typed, Language language) {
        String normalized = Typing.normalize(typed);
        if (normalized.isEmpty()) {
            return new NotUnderstood(Phrases.EMPTY_ANSWER.in(language));
        }
        return switch (question.type()) {
            case YES_NO -> yesNo(normalized, language);
            case SINGLE_CHOICE -> choice(question.options(), normalized, language);
            case MULTIPLE_CHOICE -> choices(question, normalized, language);
            case RATING -> rating(question, normalized, language);
            case NUMBER -> number(question, normalized, language);
            case TEXT -> text(question, typed.strip(), language);
            case NOMINATION -> nomination(question, typed.strip(), language);
        };
    }

    static boolean isYes(String normalized) {
        return YES.contains(normalized);
    }

    private static Reading yesNo(String normalized, Language language) {
        if (YES.contains(normalized)) {
            return new Understood(new AnswerValue.Choice("yes"));
        }
        if (NO.contains(normalized)) {
            return new Understood(new AnswerValue.Choice("no"));
        }
        return choice(Question.YES_NO_OPTIONS, normalized, language);
    }

    private static Reading choice(List<QuestionOption> options, String normalized, Language language) {
        OptionalInt number = Typing.wholeNumber(normalized);
        if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= options.size()) {
            return new Understood(new AnswerValue.Choice(options.get(number.getAsInt() - 1).key()));
        }
        Optional<QuestionOption> byLabel = options.stream()
                .filter(o -> normalized.equals(Typing.normalize(o.label().en()))
                        || normalized.equals(Typing.normalize(o.label().hi()))
                        || normalized.equals(o.key()))
                .findFirst();
        return byLabel.<Reading>map(o -> new Understood(new AnswerValue.Choice(o.key())))
                .orElseGet(() -> new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language)));
    }

    private static Reading choices(Question question, String normalized, Language language) {
        Reading whole = choice(question.options(), normalized, language);
        if (whole instanceof Understood understood) {
            return new Understood(new AnswerValue.Choices(
                    List.of(((AnswerValue.Choice) understood.value()).optionKey())));
        }
        String[] parts = SEPARATORS.split(normalized);
        Set<String> keys = new HashSet<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Reading one = choice(question.options(), part.strip(), language);
            if (!(one instanceof Understood understood)) {
                return new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language));
            }
            keys.add(((AnswerValue.Choice) understood.value()).optionKey());
        }
        return checkedChoices(question, keys, language);
    }

    /** A multiple-choice selection, if it is not empty and within the question's limit. */
    static Reading checkedChoices(Question question, Collection<String> keys, Language language) {
        if (keys.isEmpty()) {
            return new NotUnderstood(Phrases.CHOOSE_AT_LEAST_ONE.in(language));
        }
        if (question.maxChoices() != null && keys.size() > question.maxChoices()) {
            return new NotUnderstood(Phrases.TOO_MANY_CHOICES.in(language).formatted(question.maxChoices()));
        }
        return new Understood(new AnswerValue.Choices(question.options().stream().map(o -> o.key())
                .filter(keys::contains).toList()));
    }

    private static Reading rating(Question question, String normalized, Language language) {
        long stars = normalized.codePoints().filter(c -> c == '⭐' || c == '★').count();
        String points = normalized.replaceFirst("^([0-9]+)\\s*/\\s*[0-9]+$", "$1");
        OptionalInt number = stars > 0 && normalized.codePoints().allMatch(c -> c == '⭐' || c == '★' || c == ' ')
                ? OptionalInt.of((int) stars)
                : Typing.wholeNumber(points);
        if (number.isEmpty() || number.getAsInt() < question.ratingMin() || number.getAsInt() > question.ratingMax()) {
            return new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language));
        }
        return new Understood(new AnswerValue.Number(number.getAsInt()));
    }

    private static Reading nomination(Question question, String typed, Language language) {
        Matcher phone = PHONE.matcher(typed);
        String number = null;
        String name = typed;
        if (phone.find()) {
            number = phone.group(1).replaceAll("[^0-9]", "");
            name = (typed.substring(0, phone.start()) + " " + typed.substring(phone.end()));
        }
        name = name.replaceAll("[,;:\\-–]+", " ").strip().replaceAll("\\s+", " ");
        int max = question.maxLength() == null ? DEFAULT_MAX_NAME : question.maxLength();
        if (name.codePoints().noneMatch(Character::isLetter) || name.length() > max) {
            return new NotUnderstood(Phrases.NOMINATION_UNCLEAR.in(language));
        }
        return new Understood(new AnswerValue.Nomination(name, number));
    }

    private static Reading number(Question question, String normalized, Language language) {
        OptionalInt number = Typing.wholeNumber(normalized);
        int min = question.minValue() == null ? 0 : question.minValue();
        int max = question.maxValue() == null ? Integer.MAX_VALUE : question.maxValue();
        if (number.isEmpty() || number.getAsInt() < min || number.getAsInt() > max) {
            return new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language));
        }
        return new Understood(new AnswerValue.Number(number.getAsInt()));
    }

    private static Reading text(Question question, String text, Language language) {
        int max = question.maxLength() == null ? DEFAULT_MAX_TEXT : question.maxLength();
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return new NotUnderstood(Phrases.TEXT_TOO_LONG.in(language).formatted(length, max));
        }
        return new Understood(new AnswerValue.Text(text));
    }
}
