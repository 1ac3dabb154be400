package org.samvad.db.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.samvad.db.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One question of a questionnaire. {@code key} names it in answers and summaries.
 * {@code hint} (null for none) tells the worker what fits. An optional question can be
 * skipped. {@code minValue}/{@code maxValue} bound numbers and ratings,
 * {@code maxLength} bounds text and names, {@code maxChoices} bounds multiple choice;
 * each is null where it does not apply. Options belong to choice questions; a rating
 * may label its points with options keyed "1", "2", and so on. {@code condition} is
 * null for a question always asked.
 */
public record Question(
        @Id Long id,
        String key,
        QuestionType type,
        @Embedded.Empty(prefix = "text_") Text text,
        @Embedded.Nullable(prefix = "hint_") Text hint,
        boolean required,
        Integer minValue,
        Integer maxValue,
        Integer maxLength,
        Integer maxChoices,
        @Embedded.Nullable(prefix = "condition_") Condition condition,
        @MappedCollection(idColumn = "question_id", keyColumn = "position") List<QuestionOption> options) {

    /** The two options every yes/no question has. */
    public static final List<QuestionOption> YES_NO_OPTIONS = List.of(
            new QuestionOption("yes", new Text("Yes", "हाँ")),
            new QuestionOption("no", new Text("No", "नहीं")));

    public Question {
        options = List.copyOf(options == null ? List.of() : options);
    }

    /**
     * What a worker chooses from: the options, yes and no, or a rating's points (labelled
     * by their options where given); empty for numbers, text and nominations.
     */
    public List<QuestionOption> choices() {
        return switch (type) {
            case YES_NO -> YES_NO_OPTIONS;
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
            case RATING -> IntStream.rangeClosed(ratingMin(), ratingMax())
                    .mapToObj(point -> option(Integer.toString(point)).orElseGet(() -> new QuestionOption(
                            Integer.toString(point), new Text(Integer.toString(point), Integer.toString(point)))))
                    .toList();
            case NUMBER, TEXT, NOMINATION -> List.of();
        };
    }

    /** A rating's lowest point: {@code minValue}, 1 by default. */
    public int ratingMin() {
        return minValue == null ? 1 : minValue;
    }

    /** A rating's highest point: {@code maxValue}, 5 by default. */
    public int ratingMax() {
        return maxValue == null ? 5 : maxValue;
    }

    /** The option with this key, if there is one. */
    public Optional<QuestionOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}
