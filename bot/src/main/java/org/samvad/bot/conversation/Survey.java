package org.samvad.bot.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.samvad.db.run.RunStatus;

/**
 * Where a worker is in a questionnaire: the position (0-based) of the question waiting
 * for an answer, the answers so far by question key, the optional questions skipped,
 * the options ticked so far on a multiple-choice question, whether the worker is
 * reviewing their answers before confirming, and the run's status.
 */
public record Survey(int position, Map<String, AnswerValue> answers, Set<String> skipped, Set<String> selection,
        boolean confirming, RunStatus status) {

    public Survey {
        answers = Map.copyOf(answers);
        skipped = Set.copyOf(skipped);
        selection = Set.copyOf(selection);
    }

    public static Survey begin() {
        return new Survey(0, Map.of(), Set.of(), Set.of(), false, RunStatus.IN_PROGRESS);
    }

    public boolean open() {
        return status == RunStatus.IN_PROGRESS;
    }

    Survey at(int newPosition) {
        return new Survey(newPosition, answers, skipped, Set.of(), false, status);
    }

    Survey reviewing() {
        return new Survey(position, answers, skipped, Set.of(), true, status);
    }

    Survey withSelection(Set<String> newSelection) {
        return new Survey(position, answers, skipped, newSelection, confirming, status);
    }

    Survey withStatus(RunStatus newStatus) {
        return new Survey(position, answers, skipped, Set.of(), false, newStatus);
    }

    /** This survey with an answer given (and no longer skipped). */
    Survey answered(String key, AnswerValue value) {
        Map<String, AnswerValue> updated = new HashMap<>(answers);
        updated.put(key, value);
        Set<String> unskipped = new HashSet<>(skipped);
        unskipped.remove(key);
        return new Survey(position, updated, unskipped, Set.of(), confirming, status);
    }

    /** This survey with a question skipped (and its answer, if any, withdrawn). */
    Survey skippedAt(String key) {
        Map<String, AnswerValue> updated = new HashMap<>(answers);
        updated.remove(key);
        Set<String> more = new HashSet<>(skipped);
        more.add(key);
        return new Survey(position, updated, more, Set.of(), confirming, status);
    }

    Survey keeping(Map<String, AnswerValue> keptAnswers, Set<String> keptSkipped) {
        return new Survey(position, keptAnswers, keptSkipped, selection, confirming, status);
    }
}
