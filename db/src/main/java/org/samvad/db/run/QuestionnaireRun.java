package org.samvad.db.run;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.worker.Worker;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One worker's way through one questionnaire version, with the answers given so
 * far, one per question key, and its {@link RunProgress}. The run refers to its worker and questionnaire by id only, and keeps the
 * booth (with its ancestors) where it was started, so summaries count it there.
 * The run remembers the answers as they were last read or stored, so that saving it
 * ({@link QuestionnaireRunChanges#saveChanges}) writes only the answers that changed.
 */
@Table("questionnaire_run")
public class QuestionnaireRun {

    @Id
    private Long id;
    private final AggregateReference<Worker, Long> workerId;
    private final AggregateReference<Questionnaire, Long> questionnaireId;
    private final AggregateReference<Campaign, Long> campaignId;
    private final String stateCode;
    private final String districtCode;
    private final String assemblyCode;
    private final String boothCode;
    private RunStatus status;
    private int position;
    private boolean confirming;
    private List<String> skipped;
    private List<String> selection;
    private final Instant startedAt;
    private Instant completedAt;
    private Instant lastActivityAt;
    private Instant remindedAt;
    @MappedCollection(idColumn = "run_id", keyColumn = "question_key")
    private final Map<String, Answer> answers;
    @Version
    private Integer version;
    @Transient
    private Map<String, Answer> storedAnswers;

    QuestionnaireRun(Long id, AggregateReference<Worker, Long> workerId,
            AggregateReference<Questionnaire, Long> questionnaireId, AggregateReference<Campaign, Long> campaignId,
            String stateCode, String districtCode,
            String assemblyCode, String boothCode, RunStatus status, int position, boolean confirming,
            List<String> skipped, List<String> selection, Instant startedAt, Instant completedAt,
            Instant lastActivityAt, Instant remindedAt, Map<String, Answer> answers, Integer version) {
        this.id = id;
        this.workerId = workerId;
        this.questionnaireId = questionnaireId;
        this.campaignId = campaignId;
        this.stateCode = stateCode;
        this.districtCode = districtCode;
        this.assemblyCode = assemblyCode;
        this.boothCode = boothCode;
        this.status = status;
        this.position = position;
        this.confirming = confirming;
        this.skipped = skipped == null ? List.of() : List.copyOf(skipped);
        this.selection = selection == null ? List.of() : List.copyOf(selection);
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.lastActivityAt = lastActivityAt;
        this.remindedAt = remindedAt;
        this.answers = new HashMap<>(answers == null ? Map.of() : answers);
        this.version = version;
        this.storedAnswers = id == null ? Map.of() : Map.copyOf(this.answers);
    }

    /**
     * Starts a run for an active worker at their booth.
     *
     * @throws IllegalStateException when the worker is not registered to a booth yet
     */
    public static QuestionnaireRun start(Worker worker, Questionnaire questionnaire, Instant now) {
        return start(worker, questionnaire, null, now);
    }

    /**
     * Starts a run for an active worker at their booth, answering a campaign's
     * invitation (null for none).
     *
     * @throws IllegalStateException when the worker is not registered to a booth yet
     * @throws IllegalArgumentException when the campaign asks another questionnaire version
     */
    public static QuestionnaireRun start(Worker worker, Questionnaire questionnaire, Campaign campaign, Instant now) {
        if (!worker.isActive()) {
            throw new IllegalStateException("Only a worker registered to a booth answers questionnaires");
        }
        if (campaign != null && !campaign.getQuestionnaireId().getId().equals(questionnaire.id())) {
            throw new IllegalArgumentException("A campaign's run answers the campaign's questionnaire version");
        }
        return new QuestionnaireRun(null, AggregateReference.to(worker.getId()),
                AggregateReference.to(questionnaire.id()),
                campaign == null ? null : AggregateReference.to(campaign.getId()), worker.getStateCode(), worker.getDistrictCode(),
                worker.getAssemblyCode(), worker.getBoothCode(), RunStatus.IN_PROGRESS, 0, false, List.of(), List.of(),
                now, null, now, null, Map.of(), null);
    }

    /**
     * Brings the run to what the conversation now holds: these answers and this progress.
     *
     * @throws IllegalStateException when a completed or expired run would change status
     */
    public void advance(Map<String, Answer> answersNow, RunProgress progress, Instant now) {
        if (status != RunStatus.IN_PROGRESS && progress.status() != status) {
            throw new IllegalStateException("A " + status + " run does not become " + progress.status());
        }
        answers.keySet().retainAll(answersNow.keySet());
        answers.putAll(answersNow);
        position = progress.position();
        confirming = progress.confirming();
        skipped = progress.skipped().stream().sorted().toList();
        selection = progress.selection().stream().sorted().toList();
        if (progress.status() == RunStatus.COMPLETED && status != RunStatus.COMPLETED) {
            completedAt = now;
        }
        status = progress.status();
        lastActivityAt = now;
    }

    /** The answers added or changed since the run was last read or stored. */
    Map<String, Answer> changedAnswers() {
        Map<String, Answer> changed = new HashMap<>(answers);
        changed.entrySet().removeIf(entry -> entry.getValue().equals(storedAnswers.get(entry.getKey())));
        return changed;
    }

    /** The question keys whose answers were taken away since the run was last read or stored. */
    Set<String> removedAnswers() {
        return storedAnswers.keySet().stream().filter(key -> !answers.containsKey(key))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Records the id the database gave the run when it was first stored. */
    void inserted(long newId) {
        if (id != null) {
            throw new IllegalStateException("Run " + id + " is stored already");
        }
        id = newId;
    }

    /** Records that the run is stored as it is now, under this version. */
    void stored(int storedVersion) {
        version = storedVersion;
        storedAnswers = Map.copyOf(answers);
    }

    /** The version last read or stored; null before the run is first stored. */
    Integer getVersion() {
        return version;
    }

    /** The run's progress apart from its answers. */
    public RunProgress progress() {
        return new RunProgress(position, Set.copyOf(skipped), Set.copyOf(selection), confirming, status);
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

    /** The campaign whose invitation started the run; null for none. */
    public AggregateReference<Campaign, Long> getCampaignId() {
        return campaignId;
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

    public boolean isInProgress() {
        return status == RunStatus.IN_PROGRESS;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    /** Null until the worker has been reminded. */
    public Instant getRemindedAt() {
        return remindedAt;
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
