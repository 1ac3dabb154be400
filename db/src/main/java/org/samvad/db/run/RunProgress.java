package org.samvad.db.run;

import java.util.Objects;
import java.util.Set;

/**
 * Where a run stands apart from its answers: the position of the question waiting for
 * an answer, the optional questions the worker skipped, the options ticked so far on
 * a multiple-choice question, whether the worker is reviewing their answers before
 * confirming, and the run's status.
 */
public record RunProgress(int position, Set<String> skipped, Set<String> selection, boolean confirming,
        RunStatus status) {

    public RunProgress {
        skipped = Set.copyOf(skipped);
        selection = Set.copyOf(selection);
        Objects.requireNonNull(status, "status");
    }
}
