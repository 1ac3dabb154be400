package org.samvad.db.questionnaire.definition;

import java.time.Instant;
import java.util.List;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * A questionnaire definition that passed validation: everything needed to store it as
 * a draft. {@code version} is null when the file names none (the store picks the
 * next); {@code source} is the YAML it was read from.
 */
public record QuestionnaireDefinition(String slug, Integer version, Text title, Text intro, Text closing,
        String source, List<Question> questions) {

    public QuestionnaireDefinition {
        questions = List.copyOf(questions);
    }

    /** A new draft of this definition as the given version, not yet stored. */
    public Questionnaire draft(int version, Instant now) {
        return Questionnaire.draft(slug, version, title, intro, closing, source, questions, now);
    }
}
