package org.samvad.db.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresDataJdbcTest
class QuestionnaireRunChangesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired JdbcClient jdbc;

    private QuestionnaireRun run;

    @BeforeEach
    void startRunWithThreeAnswers() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        Worker worker = Worker.newcomer(77L, 77L, NOW);
        worker.update(Language.HI, "सीता", null, 77L, NOW);
        worker.settleAt(locations.findById("BR-KAI-205-001").orElseThrow(), NOW);
        run = QuestionnaireRun.start(workers.save(worker), questionnaire, NOW);
        run.advance(Map.of("committee_active", Answer.option("yes", NOW),
                "active_workers", Answer.number(12, NOW),
                "training_needed", Answer.options(List.of("voter_list", "social_media"), NOW)),
                new RunProgress(3, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        run = runs.saveChanges(run);
    }

    @Test
    void insertsANewRunWithItsAnswers() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        assertThat(loaded.getAnswers()).isEqualTo(run.getAnswers());
        assertThat(loaded.progress()).isEqualTo(run.progress());
        assertThat(loaded).usingRecursiveComparison().isEqualTo(run);
        assertThat(runs.findInProgress(run.getWorkerId().getId()).orElseThrow())
                .usingRecursiveComparison().isEqualTo(run);
    }

    @Test
    void remindsRunsQuietSinceTheTimeGivenOnceEachTheEarliestStartedFirst() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        QuestionnaireRun early = startedAt(78L, questionnaire, NOW.minusSeconds(7200), NOW.minusSeconds(3600));
        QuestionnaireRun later = startedAt(82L, questionnaire, NOW.minusSeconds(3000), NOW.minusSeconds(2500));
        QuestionnaireRun stillBusy = startedAt(79L, questionnaire, NOW.minusSeconds(9000), LATER);
        QuestionnaireRun reminded = startedAt(80L, questionnaire, NOW.minusSeconds(9500), NOW.minusSeconds(4000));
        runs.markReminded(reminded.getId(), NOW.minusSeconds(100));
        QuestionnaireRun finished = startedAt(81L, questionnaire, NOW.minusSeconds(9600), NOW.minusSeconds(4000));
        finished.advance(finished.getAnswers(), new RunProgress(9, Set.of(), Set.of(), false, RunStatus.COMPLETED),
                NOW.minusSeconds(4000));
        runs.saveChanges(finished);

        assertThat(runs.findIdsToRemind(NOW.minusSeconds(1800), 10)).containsExactly(early.getId(), later.getId())
                .doesNotContain(run.getId(), stillBusy.getId(), reminded.getId(), finished.getId());
        assertThat(runs.findIdsToRemind(NOW.minusSeconds(1800), 1)).containsExactly(early.getId());
        assertThat(runs.findIdsToRemind(NOW.minusSeconds(5400), 10)).isEmpty();
    }

    /** A worker's run started at {@code started}, last answered at {@code lastActive}. */
    private QuestionnaireRun startedAt(long telegramUserId, Questionnaire questionnaire, Instant started,
            Instant lastActive) {
        Worker worker = Worker.newcomer(telegramUserId, telegramUserId, started);
        worker.update(Language.HI, "राम", null, telegramUserId, started);
        worker.settleAt(locations.findById("BR-KAI-205-002").orElseThrow(), started);
        QuestionnaireRun begun = QuestionnaireRun.start(workers.save(worker), questionnaire, started);
        begun.advance(Map.of("committee_active", Answer.option("no", lastActive)),
                new RunProgress(1, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), lastActive);
        return runs.saveChanges(begun);
    }

    @Test
    void writesOnlyTheAnswerThatChangedAndLeavesTheOthersUntouched() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        Map<String, String> rowVersionsBefore = rowVersions();
        Map<String, Answer> answers = new HashMap<>(loaded.getAnswers());
        Answer suggestion = Answer.text("सड़क चाहिए", LATER).readAs("hi", "NEGATIVE", List.of("roads"),
                List.of("सड़क", "चाहिए"), List.of("सड़क"));
        answers.put("suggestion", suggestion);
        answers.put("active_workers", Answer.number(15, LATER));
        loaded.advance(answers, new RunProgress(5, Set.of("leader"), Set.of("x"), true, RunStatus.IN_PROGRESS), LATER);

        runs.saveChanges(loaded);

        Map<String, String> rowVersionsAfter = rowVersions();
        assertThat(rowVersionsAfter.get("committee_active")).isEqualTo(rowVersionsBefore.get("committee_active"));
        assertThat(rowVersionsAfter.get("training_needed")).isEqualTo(rowVersionsBefore.get("training_needed"));
        assertThat(rowVersionsAfter.get("active_workers")).isNotEqualTo(rowVersionsBefore.get("active_workers"));
        QuestionnaireRun reloaded = runs.findById(run.getId()).orElseThrow();
        assertThat(reloaded.getAnswers()).isEqualTo(answers);
        assertThat(reloaded.getAnswers().get("suggestion").themes()).containsExactly("roads");
        assertThat(reloaded.progress())
                .isEqualTo(new RunProgress(5, Set.of("leader"), Set.of("x"), true, RunStatus.IN_PROGRESS));
        assertThat(reloaded.getLastActivityAt()).isEqualTo(LATER);
        assertThat(jdbc.sql("select state_code from answer where run_id = ? and question_key = 'suggestion'")
                .param(run.getId()).query(String.class).single()).isEqualTo("BR");
    }

    @Test
    void deletesTheAnswersTakenAwayAndCompletes() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        loaded.advance(Map.of("committee_active", loaded.getAnswers().get("committee_active")),
                new RunProgress(1, Set.of(), Set.of(), false, RunStatus.COMPLETED), LATER);

        runs.saveChanges(loaded);

        QuestionnaireRun reloaded = runs.findById(run.getId()).orElseThrow();
        assertThat(reloaded.getAnswers()).containsOnlyKeys("committee_active");
        assertThat(reloaded.isCompleted()).isTrue();
        assertThat(reloaded.getCompletedAt()).isEqualTo(LATER);
    }

    @Test
    void savesTheSameRunAgainAfterItsOwnSave() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        for (int workersCounted = 20; workersCounted < 23; workersCounted++) {
            Map<String, Answer> answers = new HashMap<>(loaded.getAnswers());
            answers.put("active_workers", Answer.number(workersCounted, LATER));
            loaded.advance(answers, loaded.progress(), LATER);
            runs.saveChanges(loaded);
        }
        assertThat(runs.findById(run.getId()).orElseThrow().getAnswers().get("active_workers").numberValue())
                .isEqualTo(22);
    }

    @Test
    void refusesToOverwriteARunChangedSinceItWasRead() {
        QuestionnaireRun first = runs.findById(run.getId()).orElseThrow();
        QuestionnaireRun second = runs.findById(run.getId()).orElseThrow();
        Map<String, Answer> counted = new HashMap<>(first.getAnswers());
        counted.put("active_workers", Answer.number(13, LATER));
        first.advance(counted, first.progress(), LATER);
        runs.saveChanges(first);
        Map<String, Answer> answers = new HashMap<>(second.getAnswers());
        answers.put("committee_active", Answer.option("no", LATER));
        second.advance(answers, second.progress(), LATER);

        assertThatThrownBy(() -> runs.saveChanges(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(runs.findById(run.getId()).orElseThrow().getAnswers().get("committee_active").optionKey())
                .isEqualTo("yes");
    }

    @Test
    void aReminderIsANewVersionSoAnAnswerReadBeforeItCannotWriteItAway() {
        QuestionnaireRun readBefore = runs.findById(run.getId()).orElseThrow();
        runs.markReminded(run.getId(), LATER);
        Map<String, Answer> answers = new HashMap<>(readBefore.getAnswers());
        answers.put("committee_active", Answer.option("no", LATER));
        readBefore.advance(answers, readBefore.progress(), LATER);

        assertThatThrownBy(() -> runs.saveChanges(readBefore)).isInstanceOf(OptimisticLockingFailureException.class);
        QuestionnaireRun now = runs.findById(run.getId()).orElseThrow();
        assertThat(now.getRemindedAt()).isEqualTo(LATER);
        assertThat(runs.findWorkerOfRunInProgress(run.getId())).contains(run.getWorkerId().getId());
        now.advance(now.getAnswers(), new RunProgress(3, Set.of(), Set.of(), false, RunStatus.COMPLETED), LATER);
        runs.saveChanges(now);
        assertThat(runs.findWorkerOfRunInProgress(run.getId())).as("completed").isEmpty();
        assertThat(runs.findWorkerOfRunInProgress(-1L)).isEmpty();
    }

    @Test
    void theWholeSaveStillWorksOnARunSavedByChanges() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        loaded.advance(Map.of(), new RunProgress(0, Set.of(), Set.of(), false, RunStatus.EXPIRED), LATER);
        runs.save(loaded);
        assertThat(runs.findById(run.getId()).orElseThrow().getAnswers()).isEmpty();
    }

    @Test
    void readsTheRunInProgressWithItsAnswersAsTheAggregateReadDoes() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        Map<String, Answer> answers = new HashMap<>(loaded.getAnswers());
        answers.put("leader", Answer.nomination("रमेश कुमार", "9876543210", LATER).naming("ramesh kumar"));
        answers.put("suggestion", Answer.text("roads", LATER).readAs("en", "NEUTRAL", List.of("roads"),
                List.of("roads"), List.of("road")));
        loaded.advance(answers, new RunProgress(6, Set.of("x"), Set.of("a", "b"), true, RunStatus.IN_PROGRESS), LATER);
        runs.saveChanges(loaded);

        QuestionnaireRun read = runs.findInProgress(loaded.getWorkerId().getId()).orElseThrow();
        QuestionnaireRun aggregate = runs.findById(run.getId()).orElseThrow();
        assertThat(read.getId()).isEqualTo(aggregate.getId());
        assertThat(read.getAnswers()).isEqualTo(aggregate.getAnswers()).isEqualTo(answers);
        assertThat(read.progress()).isEqualTo(aggregate.progress());
        assertThat(read.getVersion()).isEqualTo(aggregate.getVersion());
        assertThat(read).usingRecursiveComparison().ignoringFields("storedAnswers").isEqualTo(aggregate);

        Map<String, Answer> changed = new HashMap<>(read.getAnswers());
        changed.put("committee_active", Answer.option("no", LATER));
        read.advance(changed, read.progress(), LATER);
        runs.saveChanges(read);
        assertThat(runs.findById(run.getId()).orElseThrow().getAnswers()).isEqualTo(changed);
    }

    @Test
    void findsNoRunInProgressOnceTheRunIsCompleted() {
        QuestionnaireRun loaded = runs.findById(run.getId()).orElseThrow();
        assertThat(runs.findInProgress(loaded.getWorkerId().getId())).isPresent();
        loaded.advance(loaded.getAnswers(), new RunProgress(9, Set.of(), Set.of(), false, RunStatus.COMPLETED), LATER);
        runs.saveChanges(loaded);
        assertThat(runs.findInProgress(loaded.getWorkerId().getId())).isEmpty();
    }

    /** Each answer row's physical place: a written row moves to a new tuple, an untouched one stays. */
    private Map<String, String> rowVersions() {
        Map<String, String> versions = new HashMap<>();
        jdbc.sql("select question_key, ctid::text as place from answer where run_id = ?").param(run.getId())
                .query((row, n) -> versions.put(row.getString(1), row.getString(2))).list();
        return versions;
    }
}
