package org.samvad.db.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samvad.db.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A version of a questionnaire: its texts and its questions in the order they are
 * asked. The questionnaire owns its questions, and they change only with it. A version
 * goes draft → published → closed; only a draft changes, and workers are asked only
 * published versions. {@code definition} is the YAML it was imported from (null for
 * versions loaded by migration); the timestamps are null until that step happens.
 */
public record Questionnaire(
        @Id Long id,
        String slug,
        int version,
        QuestionnaireStatus status,
        @Embedded.Empty(prefix = "title_") Text title,
        @Embedded.Empty(prefix = "intro_") Text intro,
        @Embedded.Empty(prefix = "closing_") Text closing,
        String definition,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        @MappedCollection(idColumn = "questionnaire_id", keyColumn = "position") List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions == null ? List.of() : questions);
    }

    /** A new draft, not yet stored. */
    public static Questionnaire draft(String slug, int version, Text title, Text intro, Text closing,
            String definition, List<Question> questions, Instant now) {
        return new Questionnaire(null, slug, version, QuestionnaireStatus.DRAFT, title, intro, closing, definition,
                now, null, null, questions);
    }

    /**
     * This version, published: from now on it never changes.
     *
     * @throws IllegalStateException unless it is a draft
     */
    public Questionnaire publish(Instant now) {
        if (status != QuestionnaireStatus.DRAFT) {
            throw new IllegalStateException("Only a draft is published; version " + version + " is " + status);
        }
        return new Questionnaire(id, slug, version, QuestionnaireStatus.PUBLISHED, title, intro, closing, definition,
                createdAt, now, null, questions);
    }

    /**
     * This version, closed: no new runs start on it.
     *
     * @throws IllegalStateException unless it is published
     */
    public Questionnaire close(Instant now) {
        if (status != QuestionnaireStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published version is closed; version " + version + " is " + status);
        }
        return new Questionnaire(id, slug, version, QuestionnaireStatus.CLOSED, title, intro, closing, definition,
                createdAt, publishedAt, now, questions);
    }

    /** The question asked at this position (0-based), if there is one. */
    public Optional<Question> questionAt(int position) {
        return position >= 0 && position < questions.size() ? Optional.of(questions.get(position)) : Optional.empty();
    }

    /** The question with this key, if there is one. */
    public Optional<Question> question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public int size() {
        return questions.size();
    }
}
