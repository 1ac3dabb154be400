package org.samvad.admin.questionnaire;

import java.time.Instant;
import java.util.List;
import org.samvad.db.Text;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireStatus;

/**
 * One questionnaire version as the API shows it: every text in English and Hindi, the
 * questions in the order they are asked. Timestamps are null until that step happens;
 * {@code hint}, the constraints and {@code condition} are null where a question has none.
 */
record QuestionnaireJson(String slug, int version, QuestionnaireStatus status, Text title, Text intro, Text closing,
        Instant createdAt, Instant publishedAt, Instant closedAt, List<QuestionJson> questions) {

    static QuestionnaireJson of(Questionnaire q) {
        return new QuestionnaireJson(q.slug(), q.version(), q.status(), q.title(), q.intro(), q.closing(),
                q.createdAt(), q.publishedAt(), q.closedAt(), q.questions().stream().map(QuestionJson::of).toList());
    }

    record QuestionJson(String key, QuestionType type, Text text, Text hint, boolean required, Integer min,
            Integer max, Integer maxLength, Integer maxChoices, ConditionJson condition, List<OptionJson> options) {

        static QuestionJson of(Question q) {
            return new QuestionJson(q.key(), q.type(), q.text(), q.hint(), q.required(), q.minValue(), q.maxValue(),
                    q.maxLength(), q.maxChoices(), ConditionJson.of(q.condition()),
                    q.options().stream().map(OptionJson::of).toList());
        }
    }

    record OptionJson(String key, String en, String hi) {

        static OptionJson of(QuestionOption option) {
            return new OptionJson(option.key(), option.label().en(), option.label().hi());
        }
    }

    /** Asked only when the answer to {@code question} is one of {@code anyOf}, or within the bounds. */
    record ConditionJson(String question, List<String> anyOf, Integer atLeast, Integer atMost) {

        static ConditionJson of(Condition condition) {
            return condition == null ? null : new ConditionJson(condition.question(), condition.anyOf(),
                    condition.atLeast(), condition.atMost());
        }
    }

    /** A version in the list of all questionnaires, without its questions. */
    record VersionJson(String slug, int version, QuestionnaireStatus status, Text title, Instant createdAt,
            Instant publishedAt, Instant closedAt) {

        static VersionJson of(Questionnaire q) {
            return new VersionJson(q.slug(), q.version(), q.status(), q.title(), q.createdAt(), q.publishedAt(),
                    q.closedAt());
        }
    }
}
