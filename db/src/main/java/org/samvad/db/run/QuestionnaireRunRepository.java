package org.samvad.db.run;

import java.util.Optional;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.worker.Worker;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.repository.ListCrudRepository;

/** Stores runs with their answers. */
public interface QuestionnaireRunRepository extends ListCrudRepository<QuestionnaireRun, Long> {

    Optional<QuestionnaireRun> findByWorkerIdAndQuestionnaireId(AggregateReference<Worker, Long> workerId,
            AggregateReference<Questionnaire, Long> questionnaireId);

    /** The worker's run still in progress, if any (a worker has at most one). */
    Optional<QuestionnaireRun> findFirstByWorkerIdAndStatus(AggregateReference<Worker, Long> workerId,
            RunStatus status);
}
