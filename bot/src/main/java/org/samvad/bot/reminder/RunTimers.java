package org.samvad.bot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.samvad.bot.BotSettings;
import org.samvad.bot.chat.Chats;
import org.samvad.bot.conversation.Input;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds runs whose time is up and hands the timer to their conversation: expiry for
 * runs older than the expiry, then one reminder for runs whose worker has been quiet
 * for the reminder delay. The conversation queues the reminder or expiry notice in the
 * outbox (priority 1) in the transaction that records it. What is due is read from the runs themselves, so nothing is
 * lost across restarts; a persistent scheduler calls {@link #fire()}.
 */
public class RunTimers {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(RunTimers.class);

    private final QuestionnaireRunRepository runs;
    private final Chats chats;
    private final BotSettings settings;
    private final Clock clock;

    public RunTimers(QuestionnaireRunRepository runs, Chats chats, BotSettings settings, Clock clock) {
        this.runs = runs;
        this.chats = chats;
        this.settings = settings;
        this.clock = clock;
    }

    /** Expires and reminds what is due now, a batch of each. */
    public void fire() {
        Instant now = clock.instant();
        fire(runs.findIdsToExpire(now.minus(settings.expiry()), BATCH), new Input.Expiry());
        fire(runs.findIdsToRemind(now.minus(settings.reminderDelay()), BATCH), new Input.Reminder());
    }

    private void fire(List<Long> runIds, Input timer) {
        for (long runId : runIds) {
            try {
                chats.timer(runId, timer);
            } catch (Exception e) {
                log.warn("{} for run {} failed: {}", timer.getClass().getSimpleName(), runId, e.getClass().getName());
            }
        }
    }
}
