package org.samvad.bench.scale;

import java.io.PrintStream;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes sure the database holds generated data of the wanted size (recorded in
 * {@code bench_scale}), generating it when missing, and adds the covering indexes the
 * naive GROUP BY baseline is measured with.
 */
final class ScaleData {

    private ScaleData() {
    }

    static void ensure(DataSource dataSource, IndiaScaleGenerator.Size size, boolean force, PrintStream out)
            throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                create table if not exists bench_scale (size text not null, generated_at timestamptz not null,
                                                        seconds double precision not null)""").update();
        String wanted = size.toString();
        var recorded = jdbc.sql("select size, seconds from bench_scale").query((rs, n) -> rs.getString(1) + " in "
                + Math.round(rs.getDouble(2)) + " s").optional();
        if (!force && recorded.isPresent() && recorded.get().startsWith(wanted + " ")) {
            out.println("Reusing generated data: " + recorded.get());
            return;
        }
        if (recorded.isPresent() || jdbc.sql("select count(*) from worker").query(Long.class).single() > 0) {
            throw new IllegalStateException("The directory holds other data (" + recorded.orElse("not generated")
                    + "); run with --regenerate");
        }
        out.println("Generating " + wanted);
        long start = System.nanoTime();
        new IndiaScaleGenerator(dataSource, out).generate(size);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Generated in %.0f s%n", seconds);
        long indexStart = System.nanoTime();
        coveringIndexes(jdbc);
        out.printf("Covering indexes for the naive baseline in %.0f s%n", (System.nanoTime() - indexStart) / 1e9);
        jdbc.sql("insert into bench_scale values (:size, now(), :seconds)").param("size", wanted)
                .param("seconds", seconds).update();
    }

    /** What the naive GROUP BY needs to be fast: index-only scans of runs, workers and answers. */
    static void coveringIndexes(JdbcClient jdbc) {
        jdbc.sql("set maintenance_work_mem = '2GB'").update();
        for (String level : new String[] {"state", "district", "assembly", "booth"}) {
            jdbc.sql("create index if not exists naive_run_by_%1$s on questionnaire_run (questionnaire_id, %1$s_code)"
                    .formatted(level) + " include (id, status)").update();
            jdbc.sql("create index if not exists naive_worker_by_%1$s on worker (%1$s_code) include (status)"
                    .formatted(level)).update();
        }
        jdbc.sql("""
                create index if not exists naive_answer_values on answer (run_id)
                include (question_key, option_key, number_value)""").update();
        jdbc.sql("analyze").update();
    }
}
