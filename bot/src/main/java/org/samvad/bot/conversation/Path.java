package org.samvad.bot.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.samvad.db.questionnaire.Condition;
import org.samvad.db.questionnaire.Question;
import org.samvad.db.questionnaire.Questionnaire;

/**
 * Skip logic: which questions are on a worker's path given their answers, which comes
 * next, which came before. Conditions refer only to earlier questions, so one pass in
 * order settles the path.
 */
final class Path {

    private Path() {
    }

    static boolean onPath(Question question, Map<String, AnswerValue> answers) {
        Condition condition = question.condition();
        return condition == null || matches(condition, answers.get(condition.question()));
    }

    /** The survey without answers and skips for questions its answers now take off the path. */
    static Survey prune(Questionnaire questionnaire, Survey survey) {
        Map<String, AnswerValue> kept = new HashMap<>();
        Set<String> keptSkipped = new HashSet<>();
        for (Question question : questionnaire.questions()) {
            if (!onPath(question, kept)) {
                continue;
            }
            Optional.ofNullable(survey.answers().get(question.key())).ifPresent(a -> kept.put(question.key(), a));
            if (survey.skipped().contains(question.key())) {
                keptSkipped.add(question.key());
            }
        }
        return survey.keeping(kept, keptSkipped);
    }

    /** The first question on the path neither answered nor skipped; empty when all are. */
    static OptionalInt next(Questionnaire questionnaire, Survey survey) {
        for (int i = 0; i < questionnaire.size(); i++) {
            Question question = questionnaire.questions().get(i);
            if (onPath(question, survey.answers()) && !survey.answers().containsKey(question.key())
                    && !survey.skipped().contains(question.key())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The nearest question on the path before this position; empty at the first. */
    static OptionalInt previous(Questionnaire questionnaire, Survey survey, int position) {
        for (int i = Math.min(position, questionnaire.size()) - 1; i >= 0; i--) {
            if (onPath(questionnaire.questions().get(i), survey.answers())) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean matches(Condition condition, AnswerValue answer) {
        if (answer == null) {
            return false;
        }
        if (condition.anyOf() != null) {
            if (answer instanceof AnswerValue.Choice choice) {
                return condition.anyOf().contains(choice.optionKey());
            }
            if (answer instanceof AnswerValue.Choices choices) {
                return choices.optionKeys().stream().anyMatch(condition.anyOf()::contains);
            }
            return answer instanceof AnswerValue.Number n && condition.anyOf().contains(Integer.toString(n.value()));
        }
        if (!(answer instanceof AnswerValue.Number number)) {
            return false;
        }
        return (condition.atLeast() == null || number.value() >= condition.atLeast())
                && (condition.atMost() == null || number.value() <= condition.atMost());
    }
}
