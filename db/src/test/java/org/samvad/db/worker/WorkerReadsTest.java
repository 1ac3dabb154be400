package org.samvad.db.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.LocationRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** The hand-mapped read by Telegram user id gives the worker the repository's generic mapping gives. */
@PostgresDataJdbcTest
class WorkerReadsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Autowired WorkerRepository workers;
    @Autowired LocationRepository locations;

    @Test
    void everyFieldIsReadAsStored() {
        Worker full = Worker.newcomer(31L, 131L, NOW);
        full.admit(JoinedVia.CONTACT, null, "9876512345", NOW);
        full.update(Language.EN, "Ramesh Paswan", null, 132L, NOW.plusSeconds(5));
        full.settleAt(locations.findById("BR-KAI-203-001").orElseThrow(), NOW.plusSeconds(10));
        full.tell(new Profile("18-35", "FEMALE", "SC", true), NOW.plusSeconds(20));
        full.askProfileQuestion(2, NOW.plusSeconds(30));
        Worker saved = workers.save(full);
        Worker newcomer = workers.save(Worker.newcomer(32L, 232L, NOW));
        Worker forgotten = workers.save(Worker.newcomer(33L, 333L, NOW));
        forgotten.forget(NOW.plusSeconds(40));
        workers.save(forgotten);

        for (Worker stored : new Worker[] {saved, newcomer, forgotten}) {
            Worker generic = workers.findById(stored.getId()).orElseThrow();
            Worker byHand = workers.findByTelegramUserId(generic.getTelegramUserId()).orElseThrow();
            assertThat(byHand).usingRecursiveComparison().isEqualTo(generic);
            assertThat(byHand.hasChanges()).isFalse();
        }
        Worker read = workers.findByTelegramUserId(31L).orElseThrow();
        assertThat(read.getProfile()).isEqualTo(new Profile("18-35", "FEMALE", "SC", true));
        assertThat(read.getLanguage()).isEqualTo(Language.EN);
        assertThat(read.getBoothCode()).isEqualTo("BR-KAI-203-001");
        assertThat(read.getProfileQuestion()).isEqualTo(2);
        assertThat(workers.findByTelegramUserId(-1L)).isEmpty();
    }
}
