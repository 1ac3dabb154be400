package org.samvad.db.questionnaire.definition;

import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.QuestionType;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A question as read, for the checks across questions: its key (null when missing or
 * malformed), type (null when unknown), the question itself (null when anything in it
 * is wrong) and its condition (null when it has none or it is wrong).
 */
record ReadQuestion(String key, ScalarNode keyNode, QuestionType type, Question question, When when) {
}
