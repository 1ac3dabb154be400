package org.samvad.db.run;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.worker.Worker;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One worker's way through one questionnaire version, with the answers given so
 * far, one per question key. {@code position} is the question now waiting for an
 * answer. The run refers to its worker and questionnaire by id only, and keeps the
 * booth (with its ancestors) where it was started, so summaries count it there.
 */
@Table("questionnaire_run")
public class QuestionnaireRun {

    @Id
    private Long id;
    private final AggregateReference<Worker, Long> workerId;
    private final AggregateReference<Questionnaire, Long> questionnaireId;
    private final String stateCode;
    private final String districtCode;
    private final String assemblyCode;
    private final String boothCode;
    private RunStatus status;
    private int position;
    private final Instant startedAt;
    private Instant completedAt;
    @MappedCollection(idColumn = "run_id", keyColumn = "question_key")
    private final Map<String, Answer> answers;
    @Version
    private Integer version;

    QuestionnaireRun(Long id, AggregateReference<Worker, Long> workerId,
            AggregateReference<Questionnaire, Long> questionnaireId, String stateCode, String districtCode,
            String assemblyCode, String boothCode, RunStatus status, int position, Instant startedAt,
            Instant completedAt, Map<String, Answer> answers, Integer version) {
        this.id = id;
        this.workerId = workerId;
        this.questionnaireId = questionnaireId;
        this.stateCode = stateCode;
        this.districtCode = districtCode;
        this.assemblyCode = assemblyCode;
        this.boothCode = boothCode;
        this.status = status;
        this.position = position;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.answers = new HashMap<>(answers == null ? Map.of() : answers);
        this.version = version;
    }

    /**
     * Starts a run for an active worker at their booth.
     *
     * @throws IllegalStateException when the worker is not registered to a booth yet
     */
    public static QuestionnaireRun start(Worker worker, Questionnaire questionnaire, Instant now) {
        if (!worker.isActive()) {
            throw new IllegalStateException("Only a worker registered to a booth answers questionnaires");
        }
        return new QuestionnaireRun(null, AggregateReference.to(worker.getId()),
                AggregateReference.to(questionnaire.id()), worker.getStateCode(), worker.getDistrictCode(),
                worker.getAssemblyCode(), worker.getBoothCode(), RunStatus.IN_PROGRESS, 0, now, null, Map.of(),
                null);
    }

    /**
     * Brings the run to what the conversation now holds: these answers, waiting on
     * this position, or completed.
     *
     * @throws IllegalStateException when a completed run would be reopened
     */
    public void advance(Map<String, Answer> answersNow, int positionNow, boolean completedNow, Instant now) {
        if (status == RunStatus.COMPLETED && !completedNow) {
            throw new IllegalStateException("A completed run is not reopened");
        }
        answers.keySet().retainAll(answersNow.keySet());
        answers.putAll(answersNow);
        position = positionNow;
        if (completedNow && status != RunStatus.COMPLETED) {
            status = RunStatus.COMPLETED;
            completedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public AggregateReference<Worker, Long> getWorkerId() {
        return workerId;
    }

    public AggregateReference<Questionnaire, Long> getQuestionnaireId() {
        return questionnaireId;
    }

    public String getBoothCode() {
        return boothCode;
    }

    public String getAssemblyCode() {
        return assemblyCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getStateCode() {
        return stateCode;
    }

    public RunStatus getStatus() {
        return status;
    }

    public boolean isCompleted() {
        return status == RunStatus.COMPLETED;
    }

    /** The 0-based position of the question waiting for an answer. */
    public int getPosition() {
        return position;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Null while in progress. */
    public Instant getCompletedAt() {
        return completedAt;
    }

    /** The answers by question key, read-only. */
    public Map<String, Answer> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }
}
