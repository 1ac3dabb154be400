package org.samvad.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionType;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresDataJdbcTest
class AggregatesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired ProcessedUpdates processedUpdates;
    @Autowired JdbcClient jdbc;

    @Test
    void sampleLocationsHoldBiharKaimurAndItsBooths() {
        assertThat(jdbc.sql("select count(*) from location where level = 'DISTRICT'").query(Long.class).single())
                .isEqualTo(38);
        assertThat(locations.findByParentCodeOrderByNumberAscNameEnAsc("BR-KAI"))
                .extracting(Location::nameHi)
                .containsExactly("रामगढ़", "मोहनिया", "भभुआ", "चैनपुर");
        Location booth = locations.findById("BR-KAI-204-003").orElseThrow();
        assertThat(booth.level()).isEqualTo(LocationLevel.BOOTH);
        assertThat(booth.assemblyCode()).isEqualTo("BR-KAI-204");
        assertThat(booth.districtCode()).isEqualTo("BR-KAI");
        assertThat(booth.name(Language.HI)).isEqualTo("बूथ 3, मोहनिया");
        assertThat(locations.findByCode("BR-KAI-204-003")).contains(booth);
        assertThat(locations.findByCode("BR-KAI-999")).isEmpty();
    }

    @Test
    void sampleQuestionnaireLoadsWithQuestionsAndOptionsInOrder() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        assertThat(questionnaire.questions()).hasSize(9);
        assertThat(questionnaire.questionAt(0).orElseThrow().type()).isEqualTo(QuestionType.YES_NO);
        var training = questionnaire.questionAt(2).orElseThrow();
        assertThat(training.key()).isEqualTo("training_needed");
        assertThat(training.options()).extracting(o -> o.label().hi())
                .containsExactly("बूथ प्रबंधन", "मतदाता सूची का काम", "जन-संपर्क", "सोशल मीडिया",
                        "प्रशिक्षण की आवश्यकता नहीं");
        assertThat(questionnaire.questionAt(8).orElseThrow().maxLength()).isEqualTo(1000);
    }

    @Test
    void settlingAtABoothCopiesItsAncestors() {
        Worker worker = Worker.newcomer(42L, 4200L, NOW);
        worker.update(Language.HI, "रमेश", "BR-KAI-203", 4200L, NOW);
        worker.settleAt(locations.findById("BR-KAI-203-002").orElseThrow(), NOW);
        Worker saved = workers.save(worker);

        Worker loaded = workers.findByTelegramUserId(42L).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(saved.getId());
        assertThat(loaded.getLanguage()).isEqualTo(Language.HI);
        assertThat(loaded.isActive()).isTrue();
        assertThat(loaded.getDistrictCode()).isEqualTo("BR-KAI");
        assertThat(jdbc.sql("select language from worker where id = ?").param(saved.getId()).query(String.class)
                .single()).isEqualTo("hi");
    }

    @Test
    void refusesToSettleAWorkerAnywhereButABooth() {
        Worker worker = Worker.newcomer(43L, 4300L, NOW);
        worker.update(Language.EN, "Sita", null, 4300L, NOW);
        Location district = locations.findById("BR-KAI").orElseThrow();
        assertThatThrownBy(() -> worker.settleAt(district, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runKeepsOneAnswerPerQuestionAndDropsWithdrawnOnes() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        Worker worker = activeWorker(44L);
        QuestionnaireRun run = QuestionnaireRun.start(worker, questionnaire, NOW);
        run.advance(Map.of("committee_active", Answer.option("yes", NOW),
                "active_workers", Answer.number(12, NOW),
                "training_needed", Answer.options(List.of("voter_list", "social_media"), NOW),
                "leader", Answer.nomination("रमेश कुमार", "9876543210", NOW)),
                new RunProgress(4, Set.of("suggestion"), Set.of("a", "b"), false, RunStatus.IN_PROGRESS), NOW);
        run = runs.save(run);

        QuestionnaireRun loaded = runs.findByWorkerIdAndQuestionnaireId(AggregateReference.to(worker.getId()),
                AggregateReference.to(questionnaire.id())).orElseThrow();
        assertThat(loaded.getAnswers()).containsOnlyKeys("committee_active", "active_workers", "training_needed",
                "leader");
        assertThat(loaded.getAnswers().get("training_needed").optionKeys()).containsExactly("voter_list",
                "social_media");
        assertThat(loaded.getAnswers().get("leader").phone()).isEqualTo("9876543210");
        assertThat(loaded.progress()).isEqualTo(
                new RunProgress(4, Set.of("suggestion"), Set.of("a", "b"), false, RunStatus.IN_PROGRESS));
        assertThat(loaded.getBoothCode()).isEqualTo("BR-KAI-205-001");

        loaded.advance(Map.of("committee_active", Answer.option("no", NOW)),
                new RunProgress(1, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        runs.save(loaded);
        assertThat(jdbc.sql("select question_key || '=' || option_key from answer where run_id = ?")
                .param(run.getId()).query(String.class).list()).containsExactly("committee_active=no");
    }

    @Test
    void theSameAnswerCannotBeStoredTwice() {
        Questionnaire questionnaire = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        QuestionnaireRun run = runs.save(QuestionnaireRun.start(activeWorker(45L), questionnaire, NOW));
        String insert = """
                insert into answer (run_id, question_key, option_key, answered_at)
                values (?, 'committee_active', 'yes', now())""";
        jdbc.sql(insert).param(run.getId()).update();
        assertThatThrownBy(() -> jdbc.sql(insert).param(run.getId()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void publishedVersionsNeverChangeAndCloseInOrder() {
        Questionnaire sample = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        assertThatThrownBy(() -> sample.publish(NOW)).isInstanceOf(IllegalStateException.class);
        Questionnaire closed = questionnaires.save(sample.close(NOW));
        assertThat(questionnaires.findById(closed.id()).orElseThrow().closedAt()).isEqualTo(NOW);
        assertThat(questionnaires.findLatestPublished("sangathan-srijan")).isEmpty();
        assertThatThrownBy(() -> closed.close(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUpdateIsClaimedOnlyOnce() {
        assertThat(processedUpdates.claim(9001L, NOW)).isTrue();
        assertThat(processedUpdates.claim(9001L, NOW)).isFalse();
    }

    private Worker activeWorker(long telegramUserId) {
        Worker worker = Worker.newcomer(telegramUserId, telegramUserId, NOW);
        worker.update(Language.EN, "Worker " + telegramUserId, null, telegramUserId, NOW);
        worker.settleAt(locations.findById("BR-KAI-205-001").orElseThrow(), NOW);
        return workers.save(worker);
    }
}
