package org.samvad.bot.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.BotApplication;
import org.samvad.bot.telegram.FakeTelegram;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.update.ProcessedUpdates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Housekeeping on the bot's real schema: old processed update ids and delivered replies
 * go, in batches, while recent ones, undelivered replies and campaign messages stay; and
 * the task is scheduled in the bot's db-scheduler.
 */
@SpringBootTest(classes = BotApplication.class)
class HousekeepingTest {

    static final FakeTelegram telegram = new FakeTelegram();
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final RetentionSettings SETTINGS = new RetentionSettings(Duration.ofDays(2), Duration.ofDays(14),
            Duration.ofHours(1));

    @Autowired JdbcClient jdbc;
    @Autowired ProcessedUpdates updates;
    @Autowired Outbox outbox;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("telegram.bot.token", () -> FakeTelegram.TOKEN);
        registry.add("telegram.bot.url", telegram::url);
        registry.add("samvad.bot.timer-interval", () -> "1s"); // the scheduler polls every second
    }

    /** The scheduler runs housekeeping once at start; the tests begin after that, so it cannot race them. */
    @BeforeEach
    void afterTheFirstScheduledRun() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and last_success is not null")
                .param(Housekeeping.TASK).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("housekeeping ran in the scheduler").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void deletesOldUpdateIdsAndDeliveredRepliesInBatchesAndKeepsTheRest() {
        int old = 2 * Housekeeping.BATCH + 17;
        jdbc.sql("""
                insert into processed_update (update_id, processed_at)
                select 900000000 + n, :at from generate_series(1, :count) n""")
                .param("at", Timestamp.from(NOW.minus(Duration.ofDays(3)))).param("count", old).update();
        jdbc.sql("""
                insert into processed_update (update_id, processed_at)
                select 910000000 + n, :at from generate_series(1, 5) n""")
                .param("at", Timestamp.from(NOW.minus(Duration.ofHours(30)))).update();
        long campaign = jdbc.sql("""
                insert into campaign (questionnaire_id, scope_code, starts_at, reminder_delay_secs, expires_at,
                                      paid_broadcast, created_by, status, targeted, created_at, version)
                select id, 'BR-KAI', now(), 86400, now() + interval '7 days', false, 'test', 'STARTED', 1, now(), 0
                from questionnaire order by id limit 1 returning id""").query(Long.class).single();
        reply(90, "SENT", null, 20);
        reply(91, "FAILED", null, 20);
        reply(92, "UNREACHABLE", null, 20);
        reply(93, "PENDING", null, 20);
        reply(94, "SENT", campaign, 20);
        reply(95, "SENT", null, 10);

        Housekeeping.Purged purged = Housekeeping.purge(updates, outbox, SETTINGS, NOW);

        assertThat(purged).isEqualTo(new Housekeeping.Purged(old, 3));
        assertThat(jdbc.sql("select count(*) from processed_update where update_id > 900000000")
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select chat_id from outbox_message where chat_id between 90 and 95 order by chat_id")
                .query(Long.class).list()).as("pending, campaign and recent messages stay").containsExactly(93L, 94L,
                        95L);
        assertThat(updates.claim(910000001, NOW)).as("a kept id still recognises a redelivery").isFalse();
        assertThat(Housekeeping.purge(updates, outbox, SETTINGS, NOW)).isEqualTo(new Housekeeping.Purged(0, 0));
    }

    @Test
    void runsInTheBotsSchedulerAndRefusesToForgetUpdateIdsTelegramMayStillRedeliver() {
        assertThat(jdbc.sql("select execution_time > now() + interval '50 minutes' from scheduled_tasks "
                + "where task_name = ?").param(Housekeeping.TASK).query(Boolean.class).single())
                .as("after its run, next due in an hour").isTrue();
        assertThatThrownBy(() -> new RetentionSettings(Duration.ofHours(12), Duration.ofDays(14), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1d");
    }

    private void reply(long chatId, String status, Long campaign, int daysAgo) {
        jdbc.sql("""
                insert into outbox_message (chat_id, priority, method, payload, campaign_id, worker_id, not_before,
                                            status, created_at, sent_at)
                values (:chat, :priority, 'sendMessage', '{}'::jsonb, :campaign, :worker, :due, :status, :at, :at)""")
                .param("chat", chatId).param("priority", campaign == null ? 0 : 2).param("campaign", campaign)
                .param("worker", campaign == null ? null : chatId).param("status", status)
                .param("at", Timestamp.from(NOW.minus(Duration.ofDays(daysAgo))))
                // a pending message is due tomorrow, so that the running bot's senders leave it alone
                .param("due", Timestamp.from(status.equals("PENDING") ? NOW.plus(Duration.ofDays(1))
                        : NOW.minus(Duration.ofDays(daysAgo))))
                .update();
    }
}
