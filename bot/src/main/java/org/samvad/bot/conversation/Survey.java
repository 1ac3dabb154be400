package org.samvad.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a worker is in the questionnaire: the position (0-based) of the question
 * waiting for an answer, the answers so far by question key, and whether the run is
 * complete.
 */
public record Survey(int position, Map<String, AnswerValue> answers, boolean complete) {

    public Survey {
        answers = Map.copyOf(answers);
    }

    public static Survey begin() {
        return new Survey(0, Map.of(), false);
    }

    /** This survey with one more answer, moved on to the given position. */
    Survey answer(String key, AnswerValue value, int next, boolean completeNow) {
        Map<String, AnswerValue> updated = new LinkedHashMap<>(answers);
        updated.put(key, value);
        return new Survey(next, updated, completeNow);
    }
}
