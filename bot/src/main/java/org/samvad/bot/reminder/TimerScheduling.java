package org.samvad.bot.reminder;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link RunTimers} from db-scheduler: its schedule lives in PostgreSQL, and with
 * several bot instances only one fires the timers at a time.
 */
public class TimerScheduling implements SmartLifecycle {

    static final String TASK = "run-timers";

    private final Scheduler scheduler;
    private boolean running;

    public TimerScheduling(DataSource dataSource, RunTimers timers, Duration interval) {
        this(dataSource, timers, interval, List.of());
    }

    /** With further recurring tasks of other features (campaign reminders), run by the same scheduler. */
    public TimerScheduling(DataSource dataSource, RunTimers timers, Duration interval,
            List<RecurringTask<?>> moreTasks) {
        RecurringTask<Void> task = Tasks.recurring(TASK, FixedDelay.of(interval))
                .execute((instance, context) -> timers.fire());
        List<RecurringTask<?>> tasks = new ArrayList<>(moreTasks);
        tasks.add(0, task);
        Duration polling = interval.compareTo(Duration.ofSeconds(10)) < 0 ? interval : Duration.ofSeconds(10);
        this.scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(1)
                .pollingInterval(polling)
                .heartbeatInterval(Duration.ofSeconds(10))
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    @Override
    public void start() {
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        scheduler.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
