package org.samvad.db.questionnaire;

import java.util.List;

/**
 * Skip logic: a question with a condition is asked only when the answer to an earlier
 * question matches it. {@code anyOf} matches choices (option keys; for multiple
 * choice, any selected key), yes/no ({@code yes}, {@code no}) and ratings (the point
 * as text); {@code atLeast} and {@code atMost} bound numbers and ratings. Unused parts
 * are null; an unanswered (or skipped) earlier question never matches.
 */
public record Condition(String question, List<String> anyOf, Integer atLeast, Integer atMost) {

    public Condition {
        anyOf = anyOf == null ? null : List.copyOf(anyOf);
    }
}
