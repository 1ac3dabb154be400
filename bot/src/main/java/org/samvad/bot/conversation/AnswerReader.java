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
            Pattern.compile("\\s*(?:,|;|/|&|\\+|\\band\\b|\\baur\\b|\\bevam\\b|और|तथा|एवं)\\s*|\\s+(?=[0-9])");
    private static final Pattern PHONE =
            Pattern.compile("(?:\\+?91[\\s-]?)?\\b([6-9][0-9]{4}[\\s-]?[0-9]{5})\\b");

    private static final Pattern OUT_OF = Pattern.compile(
            "^(.+?)\\s*(?:/|out of|of)\\s*([0-9]+)$");
    private static final Pattern FROM_OUT_OF = Pattern.compile("^([0-9]+)\\s*(?:में से|mein se|me se|main se)\\s*(.+)$");
    private static final Pattern POINT_WORDS = Pattern.compile(
            "\\s*(?:stars?|sitare|sitara|तारे|तारा|स्टार|points?|ank|अंक|number|नंबर)$");
    private static final String STARS = "⭐★🌟";

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
            case YES_NO -> yesNo(typed, normalized, language);
            case SINGLE_CHOICE -> choice(question.options(), normalized, language);
            case MULTIPLE_CHOICE -> choices(question, normalized, language);
            case RATING -> rating(question, normalized, language);
            case NUMBER -> number(question, normalized, language);
            case TEXT -> text(question, typed.strip(), language);
            case NOMINATION -> nomination(question, typed.strip(), language);
        };
    }

    static boolean isYes(String normalized) {
        return YesNo.read(normalized, normalized).filter(YesNo.YES::equals).isPresent();
    }

    private static Reading yesNo(String typed, String normalized, Language language) {
        Optional<String> answer = YesNo.read(typed, normalized);
        if (answer.isPresent()) {
            return new Understood(new AnswerValue.Choice(answer.get()));
        }
        OptionalInt number = Typing.wholeNumber(normalized);
        if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= 2) {
            return new Understood(new AnswerValue.Choice(Question.YES_NO_OPTIONS.get(number.getAsInt() - 1).key()));
        }
        return new NotUnderstood(Phrases.YES_NO_UNCLEAR.in(language));
    }

    private static Reading choice(List<QuestionOption> options, String normalized, Language language) {
        return reading(options, Choosing.pick(options, normalized), language);
    }

    private static Reading reading(List<QuestionOption> options, Choosing.Pick pick, Language language) {
        if (pick instanceof Choosing.Chosen chosen) {
            return new Understood(new AnswerValue.Choice(chosen.option().key()));
        }
        return pick instanceof Choosing.Ambiguous ambiguous
                ? new NotUnderstood(whichOne(options, ambiguous.candidates(), language))
                : unclearChoice(options, language);
    }

    /** Not understood, with an example of what fits: a number, or the first option's name. */
    private static NotUnderstood unclearChoice(List<QuestionOption> options, Language language) {
        return options.isEmpty() ? new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language))
                : new NotUnderstood(Phrases.CHOICE_UNCLEAR.in(language).formatted(options.get(0).label().in(language)));
    }

    /** "Did you mean 1. Booth management or 3. Booth committee?" in the worker's language. */
    private static String whichOne(List<QuestionOption> options, List<QuestionOption> candidates,
            Language language) {
        List<String> named = candidates.stream()
                .map(o -> (options.indexOf(o) + 1) + ". " + o.label().in(language)).toList();
        String or = " " + Phrases.OR.in(language) + " ";
        String listed = named.size() == 1 ? named.get(0)
                : String.join(", ", named.subList(0, named.size() - 1)) + or + named.get(named.size() - 1);
        return Phrases.WHICH_ONE.in(language).formatted(listed);
    }

    private static Reading choices(Question question, String normalized, Language language) {
        Choosing.Pick whole = Choosing.pick(question.options(), normalized);
        if (whole instanceof Choosing.Chosen chosen) {
            return new Understood(new AnswerValue.Choices(List.of(chosen.option().key())));
        }
        if (whole instanceof Choosing.Ambiguous && !SEPARATORS.matcher(normalized).find()) {
            return reading(question.options(), whole, language);
        }
        String[] parts = SEPARATORS.split(normalized);
        Set<String> keys = new HashSet<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Reading one = choice(question.options(), part.strip(), language);
            if (!(one instanceof Understood understood)) {
                return one;
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
        OptionalInt point = point(question, normalized);
        if (point.isPresent() && point.getAsInt() >= question.ratingMin() && point.getAsInt() <= question.ratingMax()) {
            return new Understood(new AnswerValue.Number(point.getAsInt()));
        }
        if (point.isEmpty() && !question.options().isEmpty()) {
            Choosing.Pick labelled = Choosing.pick(question.options(), normalized);
            if (labelled instanceof Choosing.Chosen chosen) {
                OptionalInt byLabel = Typing.wholeNumber(chosen.option().key());
                if (byLabel.isPresent()) {
                    return new Understood(new AnswerValue.Number(byLabel.getAsInt()));
                }
            } else if (labelled instanceof Choosing.Ambiguous) {
                return reading(question.options(), labelled, language);
            }
        }
        return new NotUnderstood(Phrases.DID_NOT_UNDERSTAND.in(language));
    }

    /** The point in "4", "चार", "4/5", "4 out of 5", "5 में से 4", "4 stars", "⭐⭐⭐⭐"; out of the scale's top only. */
    private static OptionalInt point(Question question, String normalized) {
        String text = normalized.replace("\uFE0F", "");
        long stars = text.codePoints().filter(c -> STARS.indexOf(c) >= 0).count();
        String rest = text.codePoints().filter(c -> STARS.indexOf(c) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (stars > 0) {
            return rest.isEmpty() ? OptionalInt.of((int) stars)
                    : stars == 1 ? Counting.count(POINT_WORDS.matcher(rest).replaceAll("")) : OptionalInt.empty();
        }
        rest = POINT_WORDS.matcher(rest).replaceAll("");
        Matcher outOf = OUT_OF.matcher(rest);
        Matcher fromOutOf = FROM_OUT_OF.matcher(rest);
        String of = outOf.matches() ? outOf.group(2) : fromOutOf.matches() ? fromOutOf.group(1) : null;
        if (of != null) {
            String said = outOf.matches() ? outOf.group(1) : fromOutOf.group(2);
            return of.length() < 4 && Integer.parseInt(of) == question.ratingMax()
                    ? Counting.count(POINT_WORDS.matcher(said.strip()).replaceAll("")) : OptionalInt.empty();
        }
        return Counting.count(rest);
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
        OptionalInt number = Counting.count(normalized);
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
