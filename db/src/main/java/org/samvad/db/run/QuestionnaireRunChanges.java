package org.samvad.db.run;

import java.time.Instant;

/**
 * Saves a run by writing only what changed since it was read, for the path every
 * answer takes: the run's own row with its version checked, and the one or few answers
 * added, changed or taken away. The plain {@code save} rewrites every answer of the run.
 */
public interface QuestionnaireRunChanges {

    /**
     * Stores the run: a new run is inserted with its answers; a stored one gets its row
     * updated, changed answers upserted and removed ones deleted.
     *
     * @return the same run, now recorded as stored
     * @throws org.springframework.dao.OptimisticLockingFailureException when the run was
     *         changed elsewhere since it was read
     */
    QuestionnaireRun saveChanges(QuestionnaireRun run);

    /**
     * Records that the run's worker has been reminded, as a new version of the run: a
     * change to the run read before this (an answer arriving meanwhile) is then refused
     * and tried again, so it cannot write the reminder away.
     */
    void markReminded(long runId, Instant at);
}
