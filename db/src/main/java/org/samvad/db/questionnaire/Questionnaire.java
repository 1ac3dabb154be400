package org.samvad.db.questionnaire;

import java.util.List;
import java.util.Optional;
import org.samvad.db.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A version of a questionnaire: its texts and its questions in the order they are
 * asked. The questionnaire owns its questions, and they change only with it. Workers
 * are asked only published versions.
 */
public record Questionnaire(
        @Id Long id,
        String slug,
        int version,
        QuestionnaireStatus status,
        @Embedded.Empty(prefix = "title_") Text title,
        @Embedded.Empty(prefix = "intro_") Text intro,
        @Embedded.Empty(prefix = "closing_") Text closing,
        @MappedCollection(idColumn = "questionnaire_id", keyColumn = "position") List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions == null ? List.of() : questions);
    }

    /** The question asked at this position (0-based), if there is one. */
    public Optional<Question> questionAt(int position) {
        return position >= 0 && position < questions.size() ? Optional.of(questions.get(position)) : Optional.empty();
    }

    public int size() {
        return questions.size();
    }
}
