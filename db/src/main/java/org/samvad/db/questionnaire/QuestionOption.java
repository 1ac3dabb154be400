package org.samvad.db.questionnaire;

import org.samvad.db.Text;
import org.springframework.data.relational.core.mapping.Embedded;

/** One option of a choice question: a stable key and its label in both languages. */
public record QuestionOption(String key, @Embedded.Empty(prefix = "label_") Text label) {
}
