package org.samvad.admin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samvad.admin.AdminApiApplication;
import org.samvad.admin.AdminApiSettings;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.rollup.Rollups;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Profile;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Summaries read from the roll-ups equal summaries read with the old GROUP BY over the
 * raw tables, at every level and for every choice of versions, before and after
 * answers are changed and taken back (as {@code /back} does) and profiles are told.
 */
@SpringBootTest(classes = AdminApiApplication.class, properties = "samvad.test.database=summaries-naive")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupSummariesMatchNaiveTest {

    private static final List<String> PLACES = List.of("IN", "BR", "BR-KAI", "BR-KAI-203", "BR-KAI-203-001",
            "BR-KAI-203-002", "BR-KAI-203-003", "BR-KAI-203-004", "BR-KAI-205", "BR-KAI-205-001", "BR-PAT");
    private static final List<List<Integer>> VERSIONS = List.of(List.of(1), List.of(2), List.of(1, 2));

    @Autowired Summaries rollupSummaries;
    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired LocationRepository locations;
    @Autowired AdminApiSettings settings;
    @Autowired Rollups rollups;
    @Autowired JdbcClient jdbc;
    @Autowired Versions versions;

    private Summaries naiveSummaries;

    @BeforeAll
    void answersInKaimur() {
        new KaimurAnswers(workers, runs, questionnaires, locations).store(rollups);
        naiveSummaries = new Summaries(versions, new NaiveSummaryQueries(jdbc), settings);
    }

    @Test
    void giveTheSameSummariesAsTheNaiveQueries() {
        assertSame();
    }

    @Test
    void stayTheSameAfterAnswersChangeAndProfilesAreTold() {
        Instant later = KaimurAnswers.NOW.plusSeconds(3600);
        for (QuestionnaireRun run : runsAt("BR-KAI-203-003")) {
            run.advance(Map.of("committee_active", Answer.option("yes", later),
                            "active_workers", Answer.number(run.getId().intValue() % 7 + 1, later)),
                    new RunProgress(2, Set.of(), Set.of(), false, RunStatus.COMPLETED), later);
            runs.save(run);
        }
        QuestionnaireRun backed = runsAt("BR-KAI-203-004").get(0);
        backed.advance(Map.of("committee_active", Answer.option("no", later)),
                new RunProgress(1, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), later);
        runs.save(backed);
        QuestionnaireRun emptied = runsAt("BR-KAI-203-002").get(0);
        emptied.advance(Map.of(), new RunProgress(0, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), later);
        runs.save(emptied);
        for (Worker worker : workers.findAll()) {
            if (worker.getId() % 2 == 0) {
                worker.tell(new Profile("51+", "MALE", "OBC", true), later);
                workers.save(worker);
            }
        }
        rollups.foldPending();

        assertSame();
    }

    private void assertSame() {
        List<String> compared = new ArrayList<>();
        for (String place : PLACES) {
            for (List<Integer> versions : VERSIONS) {
                Summaries.Request request = new Summaries.Request(place, "sangathan-srijan", versions);
                ChildTable.Order order = ChildTable.Order.of("respondents", "desc");
                assertThat(rollupSummaries.of(request, order, 100)).as(place + " " + versions)
                        .isEqualTo(naiveSummaries.of(request, order, 100));
                compared.add(place + " " + versions);
            }
        }
        for (List<Integer> versions : VERSIONS) {
            Summaries.Request booths = new Summaries.Request("BR-KAI", "sangathan-srijan", versions, "booth");
            assertThat(rollupSummaries.allChildren(booths, ChildTable.Order.of("code", "asc"), false))
                    .as("BR-KAI's booths " + versions)
                    .isEqualTo(naiveSummaries.allChildren(booths, ChildTable.Order.of("code", "asc"), false))
                    .hasSize(20);
        }
        assertThat(compared).hasSize(PLACES.size() * VERSIONS.size());
    }

    private List<QuestionnaireRun> runsAt(String booth) {
        List<Long> ids = jdbc.sql("select id from questionnaire_run where booth_code = ? order by id").param(booth)
                .query(Long.class).list();
        return ids.stream().map(id -> runs.findById(id).orElseThrow()).toList();
    }
}
