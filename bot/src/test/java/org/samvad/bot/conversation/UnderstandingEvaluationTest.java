package org.samvad.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.samvad.db.questionnaire.Question;

/**
 * Reads every held-out labelled answer and prints the share understood as labelled, per
 * question type; fails below {@link #REQUIRED} for any type.
 */
class UnderstandingEvaluationTest {

    static final double REQUIRED = 0.97;

    @Test
    void understandsAtLeastNinetySevenPercentOfHeldOutAnswersOfEachType() {
        Map<String, double[]> accuracy = new LinkedHashMap<>();
        List<String> misread = new ArrayList<>();
        for (String type : HeldOutAnswers.TYPES) {
            Question question = HeldOutAnswers.QUESTIONS.get(type);
            List<HeldOutAnswers.Case> cases = HeldOutAnswers.cases(type);
            assertThat(cases).as(type).hasSizeGreaterThanOrEqualTo(60);
            long right = 0;
            for (HeldOutAnswers.Case c : cases) {
                String read = HeldOutAnswers.written(question, c.input());
                if (read.equals(c.expected())) {
                    right++;
                } else {
                    misread.add(type + ": \"" + c.input() + "\" read as " + read + ", labelled " + c.expected());
                }
            }
            accuracy.put(type, new double[] {right, cases.size()});
        }
        System.out.println(HeldOutAnswers.describe(accuracy));
        misread.forEach(m -> System.out.println("  misread " + m));
        accuracy.forEach((type, figures) -> assertThat(figures[0] / figures[1]).as(type + " " + misread)
                .isGreaterThanOrEqualTo(REQUIRED));
    }
}
