package org.samvad.db.rollup;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary roll-ups (tables {@code rollup_roster}, {@code rollup_runs},
 * {@code rollup_answers}). Triggers queue every change of a worker, run or answer;
 * folding applies the queue to the roll-ups. {@link RollupFolding} folds every second
 * or so, less often while a fold takes long; call {@link #foldPending()} before a read
 * that must include everything committed so far.
 */
public class Rollups {

    private final JdbcClient jdbc;

    public Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Folds every queued change committed before this call (waiting for a fold that is
     * running, if any), in one transaction of its own unless called inside one.
     */
    public void foldPending() {
        jdbc.sql("select rollup_fold(true)").query(Boolean.class).single();
    }

    /**
     * Folds the queue when the last fold, by any application, ended long enough ago: at
     * least {@code least} ago, and late enough that the last fold took at most
     * {@code share} of the time from its start to now, but never more than {@code longest}
     * ago; never while another fold runs.
     *
     * @return whether this call folded
     */
    public boolean foldIfDue(Duration least, Duration longest, double share) {
        return jdbc.sql("""
                        select rollup_fold_when_due(make_interval(secs => :least), make_interval(secs => :longest),
                                                    :share)""")
                .param("least", least.toNanos() / 1e9)
                .param("longest", longest.toNanos() / 1e9)
                .param("share", share)
                .query(Boolean.class)
                .single();
    }

    /** Recomputes every roll-up from the raw tables; after a bulk load with triggers off. */
    public void rebuild() {
        jdbc.sql("select rollup_rebuild()").query().singleValue();
    }

    /** Changes queued and not folded yet (answers, workers, runs). */
    public long pending() {
        return jdbc.sql("""
                select (select count(*) from rollup_answer_delta) + (select count(*) from rollup_worker_delta)
                     + (select count(*) from rollup_run_dirty)""").query(Long.class).single();
    }
}
