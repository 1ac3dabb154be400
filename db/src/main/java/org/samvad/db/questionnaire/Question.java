package org.samvad.db.questionnaire;

import java.util.List;
import java.util.Optional;
import org.samvad.db.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * One question of a questionnaire. {@code key} names it in answers and summaries.
 * {@code minValue}/{@code maxValue} bound numbers, {@code maxLength} bounds text;
 * each is null where it does not apply. Options are empty except for choice questions.
 */
public record Question(
        @Id Long id,
        String key,
        QuestionType type,
        @Embedded.Empty(prefix = "text_") Text text,
        Integer minValue,
        Integer maxValue,
        Integer maxLength,
        @MappedCollection(idColumn = "question_id", keyColumn = "position") List<QuestionOption> options) {

    /** The two options every yes/no question has. */
    public static final List<QuestionOption> YES_NO_OPTIONS = List.of(
            new QuestionOption("yes", new Text("Yes", "हाँ")),
            new QuestionOption("no", new Text("No", "नहीं")));

    public Question {
        options = List.copyOf(options == null ? List.of() : options);
    }

    /** What a worker chooses from: the options, or yes and no; empty for numbers and text. */
    public List<QuestionOption> choices() {
        return type == QuestionType.YES_NO ? YES_NO_OPTIONS : options;
    }

    /** The option with this key, if there is one. */
    public Optional<QuestionOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }
}
