package org.samvad.bot.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.update.ProcessedUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deletes the bot's bookkeeping once it is old (see {@link RetentionSettings}): processed
 * update ids, one row for every message a worker ever sent, and delivered replies, one
 * for every message the bot sent. Both grow by the answer rate, which at a national
 * campaign's peak is millions of rows a day. Runs in the bot's db-scheduler, so with
 * several instances one purges at a time; deletes go in batches, each its own
 * statement, so no lock is held for long.
 */
@Configuration(proxyBeanMethods = false)
class Housekeeping {

    static final String TASK = "housekeeping";
    static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    /** Counts of what one round deleted. */
    record Purged(long updateIds, long replies) {
    }

    @Bean
    RecurringTask<Void> housekeepingTask(ProcessedUpdates updates, Outbox outbox, RetentionSettings settings,
            Clock clock) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.interval())).execute((instance, context) -> {
            Purged purged = purge(updates, outbox, settings, clock.instant());
            if (purged.updateIds() + purged.replies() > 0) {
                log.info("Housekeeping deleted {} processed update ids and {} delivered replies",
                        purged.updateIds(), purged.replies());
            }
        });
    }

    /** Deletes everything older than the settings keep, batch after batch. */
    static Purged purge(ProcessedUpdates updates, Outbox outbox, RetentionSettings settings, Instant now) {
        Instant updatesBefore = now.minus(settings.updateIds());
        Instant repliesBefore = now.minus(settings.replies());
        return new Purged(drain(limit -> updates.forgetBefore(updatesBefore, limit)),
                drain(limit -> outbox.purgeRepliesBefore(repliesBefore, limit)));
    }

    private static long drain(IntUnaryOperator batch) {
        long total = 0;
        int deleted;
        do {
            deleted = batch.applyAsInt(BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
