package org.samvad.db.run;

import java.util.Optional;

/**
 * Reads the run every message of a worker needs, with its answers, in one query: the
 * generic aggregate read takes two, and renders the answers' query afresh each time.
 */
public interface QuestionnaireRunReads {

    /**
     * The worker's run in progress, with its answers; empty when none (a worker has at
     * most one in progress).
     */
    Optional<QuestionnaireRun> findInProgress(long workerId);

    /** The worker whose run this is, while the run is in progress; empty otherwise. */
    Optional<Long> findWorkerOfRunInProgress(long runId);
}
