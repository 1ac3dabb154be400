package org.samvad.db.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.db.Language;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.worker.Worker;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Scheduled folds back off after a long fold: the next one waits at least the interval,
 * long enough for the last fold to have taken at most its share of the time, and at most
 * the longest interval; the database keeps the clock for every application.
 */
@PostgresDataJdbcTest
@ImportAutoConfiguration(RollupAutoConfiguration.class)
@TestPropertySource(properties = "samvad.rollups.folding=false")
class RollupFoldPacingTest {

    private static final Duration LEAST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofSeconds(5);
    private static final double SHARE = 0.25;

    @Autowired Rollups rollups;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired WorkerRepository workers;
    @Autowired LocationRepository locations;

    @BeforeEach
    void queueAChange() {
        Worker worker = Worker.newcomer(4242L, 4242L, Instant.parse("2026-11-25T10:00:00Z"));
        worker.update(Language.HI, "w", null, 4242L, Instant.parse("2026-11-25T10:00:00Z"));
        worker.settleAt(locations.findById("BR-KAI-204-003").orElseThrow(), Instant.parse("2026-11-25T10:00:00Z"));
        workers.save(worker);
        assertThat(rollups.pending()).isPositive();
    }

    @Test
    void theFirstFoldIsDueAtOnceAndTheNextNotBeforeTheInterval() {
        assertThat(foldIfDue()).isTrue();
        assertThat(rollups.pending()).isZero();
        assertThat(jdbc.sql("select finished_at > now() - interval '1 minute' from rollup_fold_clock")
                .query(Boolean.class).single()).isTrue();

        jdbc.sql("update worker set gender = 'FEMALE' where telegram_user_id = 4242").update();
        assertThat(foldIfDue()).isFalse();
        assertThat(rollups.pending()).isPositive();
    }

    @Test
    void aQuickFoldIsFollowedAfterTheInterval() {
        assertDueOnlyAfter(Duration.ofMillis(100), Duration.ofMillis(900), Duration.ofMillis(1100));
        assertThat(rollups.pending()).isZero();
    }

    @Test
    void aLongFoldIsFollowedWhenItTookItsShareOfTheTime() {
        // took 1 s: with a quarter of the time for folding, the next waits 3 s
        assertDueOnlyAfter(Duration.ofSeconds(1), Duration.ofMillis(2800), Duration.ofMillis(3200));
    }

    @Test
    void noFoldWaitsLongerThanTheLongestInterval() {
        // took 10 s: its share would ask for 30 s, the longest interval allows 5
        assertDueOnlyAfter(Duration.ofSeconds(10), Duration.ofMillis(4800), Duration.ofMillis(5200));
    }

    /** After a last fold that took {@code took}: no fold when it ended {@code notYet} ago, a fold at {@code due}. */
    private void assertDueOnlyAfter(Duration took, Duration notYet, Duration due) {
        lastFold(notYet, took);
        assertThat(foldIfDue()).isFalse();
        lastFold(due, took);
        assertThat(foldIfDue()).isTrue();
    }

    @Test
    void foldingEverythingPendingDoesNotWaitForTheClock() {
        lastFold(Duration.ZERO, Duration.ofSeconds(10));
        rollups.foldPending();
        assertThat(rollups.pending()).isZero();
    }

    @Test
    void noFoldStartsWhileAnotherApplicationFolds() throws Exception {
        lastFold(Duration.ofMinutes(1), Duration.ZERO);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(72680601)");
            // were the lock waited for, this test would fail instead of hanging
            jdbc.sql("set local lock_timeout = '5s'").update();
            assertThat(foldIfDue()).isFalse();
            other.rollback();
        }
        assertThat(rollups.pending()).isPositive();
    }

    private boolean foldIfDue() {
        return rollups.foldIfDue(LEAST, LONGEST, SHARE);
    }

    /** As if the last fold ended {@code ago} before now and took {@code took}. */
    private void lastFold(Duration ago, Duration took) {
        jdbc.sql("""
                        update rollup_fold_clock set finished_at = clock_timestamp() - make_interval(secs => :ago),
                                                     took = make_interval(secs => :took)""")
                .param("ago", ago.toMillis() / 1000.0)
                .param("took", took.toMillis() / 1000.0)
                .update();
    }
}
