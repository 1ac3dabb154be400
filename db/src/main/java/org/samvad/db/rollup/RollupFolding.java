package org.samvad.db.rollup;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Folds the roll-up queue while the application runs: it asks a few times per
 * {@code fold-interval} whether a fold is due ({@link Rollups#foldIfDue}), which the
 * database decides for every application that folds.
 */
public class RollupFolding implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RollupFolding.class);

    private final Rollups rollups;
    private final RollupSettings settings;
    private ScheduledExecutorService executor;
    private boolean failing;

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
        executor.scheduleWithFixedDelay(this::fold, tick(), tick(), TimeUnit.MILLISECONDS);
    }

    private void fold() {
        try {
            rollups.foldIfDue(settings.foldInterval(), settings.foldIntervalMax(), settings.foldShare());
            if (failing) {
                failing = false;
                log.info("Folding the roll-ups works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                log.warn("Folding the roll-ups failed ({}); trying again every {} ms", e.getClass().getSimpleName(),
                        tick());
            }
        }
    }

    private long tick() {
        return Math.max(10, settings.foldInterval().toMillis() / 4);
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
