package org.samvad.db.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.roster.RosterEntry;
import org.samvad.db.roster.RosterRepository;
import org.samvad.db.run.Answer;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.run.RunProgress;
import org.samvad.db.run.RunStatus;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows stored through the aggregates, which know nothing of distribution, carry the
 * state they belong to: answers their run's, roster entries and invitations their booth's.
 */
@PostgresDataJdbcTest
class DistributionKeysTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired WorkerRepository workers;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired RosterRepository roster;
    @Autowired InvitationRepository invitations;
    @Autowired JdbcClient jdbc;

    @Test
    void answersRosterEntriesAndInvitationsCarryTheirState() {
        Location booth = locations.findById("BR-KAI-204-003").orElseThrow();
        Worker worker = Worker.newcomer(77L, 7700L, NOW);
        worker.update(Language.HI, "w", booth.code(), 7700L, NOW);
        worker.settleAt(booth, NOW);
        worker = workers.save(worker);
        QuestionnaireRun run = QuestionnaireRun.start(worker,
                questionnaires.findLatestPublished("sangathan-srijan").orElseThrow(), NOW);
        run.advance(Map.of("committee_active", Answer.option("yes", NOW), "active_workers", Answer.number(7, NOW)),
                new RunProgress(2, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        run = runs.save(run);
        run.advance(Map.of("committee_active", Answer.option("no", NOW)),
                new RunProgress(1, Set.of(), Set.of(), false, RunStatus.IN_PROGRESS), NOW);
        runs.save(run);
        roster.save(RosterEntry.of("9876543210", "r", booth, NOW));
        invitations.save(Invitation.forBooth(booth, null, "observer", NOW));

        assertThat(jdbc.sql("select state_code from answer").query(String.class).list()).containsExactly("BR");
        assertThat(jdbc.sql("select state_code from roster_entry").query(String.class).list()).containsExactly("BR");
        assertThat(jdbc.sql("select state_code from invitation").query(String.class).list()).containsExactly("BR");
        assertThat(runs.findById(run.getId()).orElseThrow().getAnswers()).containsOnlyKeys("committee_active");
    }
}
