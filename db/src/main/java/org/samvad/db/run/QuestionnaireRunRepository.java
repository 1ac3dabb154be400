package org.samvad.db.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.worker.Worker;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * Stores runs with their answers. Where a stored run changes by an answer or two,
 * {@link #saveChanges} writes only those; {@code save} rewrites all of them.
 */
public interface QuestionnaireRunRepository extends ListCrudRepository<QuestionnaireRun, Long>,
        QuestionnaireRunChanges, QuestionnaireRunReads {

    Optional<QuestionnaireRun> findByWorkerIdAndQuestionnaireId(AggregateReference<Worker, Long> workerId,
            AggregateReference<Questionnaire, Long> questionnaireId);

    /**
     * Runs in progress, never reminded, whose worker has been quiet since before the given
     * time; the earliest started first. A run quiet since then started before then, so the
     * runs are found by their start ({@code run_to_remind}): an index on the time of their
     * last activity would change with every answer.
     */
    @Query("""
            select id from questionnaire_run
            where status = 'IN_PROGRESS' and reminded_at is null and started_at <= :quietSince
              and last_activity_at <= :quietSince
            order by started_at limit :limit""")
    List<Long> findIdsToRemind(Instant quietSince, int limit);

    /** Runs in progress that started before the given time; oldest first. */
    @Query("""
            select id from questionnaire_run
            where status = 'IN_PROGRESS' and started_at <= :startedBefore
            order by started_at limit :limit""")
    List<Long> findIdsToExpire(Instant startedBefore, int limit);
}
