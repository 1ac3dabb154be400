package org.samvad.db.rollup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Folds the roll-up queue on a fixed delay while the application runs. */
public class RollupFolding implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RollupFolding.class);

    private final Rollups rollups;
    private final RollupSettings settings;
    private ScheduledExecutorService executor;

    public RollupFolding(Rollups rollups, RollupSettings settings) {
        this.rollups = rollups;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rollup-folding");
            thread.setDaemon(true);
            return thread;
        });
        long millis = settings.foldInterval().toMillis();
        executor.scheduleWithFixedDelay(this::fold, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void fold() {
        try {
            rollups.foldIfIdle();
        } catch (RuntimeException e) {
            log.warn("Folding the roll-ups failed ({}); next try in {}", e.getClass().getSimpleName(),
                    settings.foldInterval());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the data source closes, starts after it is ready. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
