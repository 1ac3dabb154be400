package org.samvad.bot.campaign;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.samvad.bot.BotSettings;
import org.samvad.db.campaign.CampaignPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring task that queues campaign reminders: every timer interval, one reminder
 * for each worker whose invitation went out the campaign's reminder delay ago and who has
 * not begun. It runs in the bot's db-scheduler (see {@code TimerScheduling}), so with
 * several bot instances one queues them at a time, and what is due is read from the
 * outbox and the runs, so a reminder that fell due while the bot was down goes out once
 * it is back; the unique index makes a second reminder impossible.
 */
@Configuration(proxyBeanMethods = false)
class CampaignReminders {

    static final String TASK = "campaign-reminders";
    private static final Logger log = LoggerFactory.getLogger(CampaignReminders.class);

    @Bean
    RecurringTask<Void> campaignReminderTask(CampaignPlanner planner, BotSettings settings, Clock clock) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.timerInterval())).execute((instance, context) -> {
            int queued = planner.remindNonResponders(clock.instant());
            if (queued > 0) {
                log.info("Queued {} campaign reminders", queued);
            }
        });
    }
}
