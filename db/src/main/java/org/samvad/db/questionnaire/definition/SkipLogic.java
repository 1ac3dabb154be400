package org.samvad.db.questionnaire.definition;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samvad.db.questionnaire.QuestionOption;
import org.samvad.db.questionnaire.QuestionType;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The checks across questions: keys are unique, and every condition refers to an
 * earlier question and asks of it something it can answer (its option keys for
 * {@code any_of}, a number or rating for {@code at_least}/{@code at_most}).
 */
final class SkipLogic {

    private static final Set<QuestionType> CHOOSABLE = EnumSet.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO, QuestionType.RATING);
    private static final Set<QuestionType> NUMERIC = EnumSet.of(QuestionType.NUMBER, QuestionType.RATING);

    private final Problems problems;

    SkipLogic(Problems problems) {
        this.problems = problems;
    }

    void check(List<ReadQuestion> questions) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            ReadQuestion question = questions.get(i);
            Integer first = question.key() == null ? null : positions.putIfAbsent(question.key(), i);
            if (first != null) {
                problems.add(question.keyNode(), "The question key '" + question.key() + "' is used twice; first on "
                        + "line " + (questions.get(first).keyNode().getStartMark().getLine() + 1) + ".");
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).when() != null) {
                checkCondition(questions.get(i), i, positions, questions);
            }
        }
    }

    private void checkCondition(ReadQuestion question, int position, Map<String, Integer> positions,
            List<ReadQuestion> questions) {
        When when = question.when();
        String target = when.question().getValue();
        Integer at = positions.get(target);
        if (target.equals(question.key())) {
            problems.add(when.question(), "A question cannot depend on itself.");
        } else if (at == null) {
            problems.add(when.question(), "The condition refers to '" + target + "', but no question has that key.");
        } else if (at > position) {
            problems.add(when.question(), "The condition refers to '" + target
                    + "', which comes later; a condition can only refer to an earlier question.");
        } else if (when.anyOf() != null) {
            checkOptions(when, questions.get(at));
        } else {
            checkBounds(when, questions.get(at));
        }
    }

    private void checkOptions(When when, ReadQuestion target) {
        if (target.type() != null && !CHOOSABLE.contains(target.type())) {
            problems.add(when.anyOfNode(), "'any_of' applies to choice, yes/no and rating questions; '" + target.key()
                    + "' is a " + TypeNames.written(target.type()) + " question.");
            return;
        }
        if (target.question() == null) {
            return;
        }
        List<String> keys = target.question().choices().stream().map(QuestionOption::key).toList();
        for (ScalarNode key : when.anyOf()) {
            if (!keys.contains(key.getValue())) {
                problems.add(key, "Question '" + target.key() + "' has no option '" + key.getValue() + "'; it has "
                        + keys.stream().collect(Collectors.joining(", ")) + ".");
            }
        }
    }

    private void checkBounds(When when, ReadQuestion target) {
        if (target.type() != null && !NUMERIC.contains(target.type())) {
            problems.add(when.boundNode(), "'at_least' and 'at_most' apply to number and rating questions; '"
                    + target.key() + "' is a " + TypeNames.written(target.type()) + " question.");
        }
    }
}
