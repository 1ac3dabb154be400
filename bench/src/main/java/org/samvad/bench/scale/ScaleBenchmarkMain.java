package org.samvad.bench.scale;

import java.io.PrintStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.rollup.Rollups;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.update.ProcessedUpdates;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national-scale summary benchmark. Starts an embedded PostgreSQL in a directory
 * kept between runs (India is generated the first time, or again with
 * {@code --regenerate}), starts the admin API on it, and prints:
 * <ol>
 * <li>the cost of keeping the roll-ups: answers a second through the bot's storing
 * path, flat out, with the roll-up triggers on and off (alternating windows);</li>
 * <li>while answers keep arriving at {@code --rate} a second through the same path, from
 * a JVM of their own ({@link AnswerLoadMain}, as the bot runs beside the admin API),
 * p50/p95 of summaries over HTTP (booth, district, state, India, a district's booth
 * table), of the roll-up SQL behind them, and of the naive GROUP BY over the raw
 * answers (with covering indexes), with the ratio; and before and after them the floor
 * under that load: a request refused before any SQL, and one SQL round trip.</li>
 * </ol>
 * See {@link BenchArguments} for the options.
 */
public final class ScaleBenchmarkMain {

    private static final PrintStream OUT = System.out;
    private static final String SLUG = "sangathan-srijan";
    /**
     * The fewest fresh workers for one window of storing flat out, nine answers each:
     * enough for about 7,000 answers a second over 15 seconds. (With 4,000 a window of
     * 15 seconds ran out at 2,350 answers a second, which capped the rate without roll-ups.)
     */
    private static final int WINDOW_WORKERS = 12_000;

    private ScaleBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args);
        long started = System.nanoTime();
        try (ScaleDatabase database = ScaleDatabase.start(Path.of(arguments.directory()), arguments.regenerate())) {
            ScaleData.ensure(database.dataSource(), arguments.size(), false, OUT);
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            ScaleData.coveringIndexes(jdbc);
            printDataSize(jdbc);
            String token = HexFormat.of().formatHex(SecureRandom.getSeed(24));
            ConfigurableApplicationContext app = database.startAdminApi(token);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            new ScaleBenchmarkMain.Run(arguments, jdbc, app, base, token, database.jdbcUrl()).run();
        }
        OUT.printf("Total %.0f s%n", (System.nanoTime() - started) / 1e9);
        System.exit(0);
    }

    private static void printDataSize(JdbcClient jdbc) {
        OUT.println("Data: " + jdbc.sql("""
                select string_agg(level || ' ' || n, ', ' order by n) from (
                    select level, count(*) as n from location group by level) l""").query(String.class).single()
                + "; workers " + jdbc.sql("select count(*) from worker").query(Long.class).single()
                + "; runs " + jdbc.sql("select count(*) from questionnaire_run").query(Long.class).single()
                + "; answers " + jdbc.sql("select count(*) from answer").query(Long.class).single());
    }

    private static final class Run {
        private final BenchArguments arguments;
        private final JdbcClient jdbc;
        private final ConfigurableApplicationContext app;
        private final String base;
        private final String token;
        private final String jdbcUrl;
        private final List<Long> freeWorkers;
        private int nextWorker;

        Run(BenchArguments arguments, JdbcClient jdbc, ConfigurableApplicationContext app, String base,
                String token, String jdbcUrl) {
            this.jdbcUrl = jdbcUrl;
            this.arguments = arguments;
            this.jdbc = jdbc;
            this.app = app;
            this.base = base;
            this.token = token;
            this.freeWorkers = jdbc.sql("""
                    select telegram_user_id from worker w
                    where status = 'ACTIVE' and not exists (select 1 from questionnaire_run r where r.worker_id = w.id)
                    order by hashint8(id) limit :limit""")
                    .param("limit", (2 * arguments.rounds() + 1) * windowWorkers(arguments.seconds()) + 200_000)
                    .query(Long.class).list();
        }

        void run() throws Exception {
            if (!arguments.skipWrites()) {
                writeCost();
            }
            if (!arguments.skipLatencies()) {
                latencies();
            }
        }

        private List<Long> workers(int count) {
            List<Long> taken = freeWorkers.subList(nextWorker, Math.min(freeWorkers.size(), nextWorker + count));
            nextWorker += taken.size();
            return new ArrayList<>(taken);
        }

        private long firstUpdateId() {
            return jdbc.sql("select coalesce(max(update_id), 0) + 1 from processed_update").query(Long.class).single();
        }

        private AnswerTraffic traffic(Questionnaire questionnaire, int workers) {
            return new AnswerTraffic(new TransactionTemplate(app.getBean(PlatformTransactionManager.class)),
                    app.getBean(WorkerRepository.class), app.getBean(QuestionnaireRunRepository.class),
                    app.getBean(ProcessedUpdates.class), questionnaire, workers(workers), firstUpdateId());
        }

        /**
         * Answers a second, flat out, with the roll-up triggers on and off. A first window
         * warms the caches and is not counted; then each round runs both windows, in
         * alternating order, so that neither gains from coming second.
         */
        private void writeCost() throws Exception {
            Questionnaire writes = writeQuestionnaire();
            int seconds = arguments.seconds();
            OUT.printf("%nStoring answers flat out (4 threads, %d s windows, %d rounds, questionnaire bench-write; "
                    + "with roll-ups, the fold of what is still queued at the end counts in the window's time)%n",
                    seconds, arguments.rounds());
            OUT.printf("  warm-up: %,.0f answers/s (not counted)%n", window(writes, true, seconds).rate());
            List<Double> with = new ArrayList<>();
            List<Double> without = new ArrayList<>();
            List<Double> slower = new ArrayList<>();
            for (int round = 0; round < arguments.rounds(); round++) {
                boolean onFirst = round % 2 == 0;
                Window first = window(writes, onFirst, seconds);
                Window second = window(writes, !onFirst, seconds);
                Window on = onFirst ? first : second;
                double rateOff = (onFirst ? second : first).rate();
                with.add(on.rate());
                without.add(rateOff);
                slower.add(1 - on.rate() / rateOff);
                OUT.printf("  round %d (%s first): with roll-ups %,.0f answers/s (last fold %.2f s), without %,.0f "
                        + "answers/s: %.1f %% slower%n", round + 1, onFirst ? "with" : "without", on.rate(),
                        on.lastFoldSeconds(), rateOff, (1 - on.rate() / rateOff) * 100);
            }
            OUT.printf("  median: with roll-ups %,.0f answers/s, without %,.0f answers/s; median of the rounds: %.1f %%"
                    + " slower (target <= 20 %%); load average %s%n", median(with), median(without),
                    median(slower) * 100, loadAverage());
        }

        private static int windowWorkers(int seconds) {
            return Math.max(WINDOW_WORKERS, seconds * 7_000 / 9 + 1);
        }

        /** Answers a second in one window; with roll-ups, the time of the fold after it. */
        private record Window(double rate, double lastFoldSeconds) {
        }

        /**
         * One window of answers flat out by fresh workers (enough for 7,000 answers a second),
         * with the roll-up triggers on or off. With them on, what is still queued at the end
         * is folded, and that fold's time is added to the window's: the rate is of answers
         * stored and folded. The runs stored without triggers are removed afterwards, so the
         * roll-ups stay exact.
         */
        private Window window(Questionnaire writes, boolean rollupsOn, int seconds) throws Exception {
            if (!rollupsOn) {
                triggers(false);
            }
            AnswerTraffic traffic = traffic(writes, windowWorkers(seconds));
            try {
                long stored = traffic.run(4, 0, seconds * 1000L);
                double fold = 0;
                if (rollupsOn) {
                    long start = System.nanoTime();
                    app.getBean(Rollups.class).foldPending();
                    fold = (System.nanoTime() - start) / 1e9;
                }
                if (traffic.failed() > 0) {
                    OUT.printf("  (%d answers failed in this window)%n", traffic.failed());
                }
                if (traffic.ranOut()) {
                    OUT.printf("  (the window ran out of workers: its rate is a floor, not a measure; "
                            + "use shorter windows)%n");
                }
                return new Window(stored / (seconds + fold), fold);
            } finally {
                if (!rollupsOn) {
                    jdbc.sql("""
                            delete from questionnaire_run where questionnaire_id = :q
                              and worker_id in (select id from worker
                                                where telegram_user_id = any(:workers::bigint[]))""")
                            .param("q", writes.id()).param("workers", traffic.touchedWorkers()).update();
                    triggers(true);
                }
            }
        }

        private void triggers(boolean enabled) {
            String verb = enabled ? "enable" : "disable";
            jdbc.sql(("alter table answer %1$s trigger answer_rollup_insert, %1$s trigger answer_rollup_delete, "
                    + "%1$s trigger answer_rollup_update").formatted(verb)).update();
            jdbc.sql(("alter table questionnaire_run %1$s trigger run_rollup_insert_delete, "
                    + "%1$s trigger run_rollup_status").formatted(verb)).update();
            jdbc.sql(("alter table worker %1$s trigger worker_rollup_insert, %1$s trigger worker_rollup_delete, "
                    + "%1$s trigger worker_rollup_update").formatted(verb)).update();
        }

        private Questionnaire writeQuestionnaire() {
            QuestionnaireRepository questionnaires = app.getBean(QuestionnaireRepository.class);
            return questionnaires.findLatestPublished("bench-write").orElseGet(() -> {
                jdbc.sql("""
                        insert into questionnaire (slug, version, status, title_en, title_hi, intro_en, intro_hi,
                                                   closing_en, closing_hi, published_at)
                        select 'bench-write', 1, 'PUBLISHED', title_en, title_hi, intro_en, intro_hi, closing_en,
                               closing_hi, now()
                        from questionnaire where slug = :slug and version = 1""").param("slug", SLUG).update();
                return questionnaires.findLatestPublished("bench-write").orElseThrow();
            });
        }

        /** Summary latencies over HTTP and in SQL while answers arrive at the configured rate. */
        private void latencies() throws Exception {
            Questionnaire sample = app.getBean(QuestionnaireRepository.class).findLatestPublished(SLUG).orElseThrow();
            SummaryProbes probes = new SummaryProbes(jdbc, List.of(sample.id()));
            List<String> booths = jdbc.sql("""
                    select code from location where level = 'BOOTH' order by hashint8(length(code) + number) limit 200""")
                    .query(String.class).list();
            List<String> districts = jdbc.sql("""
                    select code from location where level = 'DISTRICT' and code not like 'BR-%'
                    order by hashint8(number) limit 60""").query(String.class).list();
            List<String> states = jdbc.sql("select code from location where level = 'STATE' order by code")
                    .query(String.class).list();
            List<String> india = List.of("IN");

            try (AnswerLoad load = AnswerLoad.start(jdbcUrl, SLUG, arguments.rate(), 8, firstUpdateId(),
                    workers(150000))) {
                load.awaitStoring(Duration.ofSeconds(60));
                Thread.sleep(5000);
                latencies(probes, load, booths, districts, states, india);
            }
            OUT.printf("  roll-up queue after the load: %,d changes; machine load average now: %s%n",
                    app.getBean(Rollups.class).pending(), loadAverage());
        }

        private void latencies(SummaryProbes probes, AnswerLoad load, List<String> booths, List<String> districts,
                List<String> states, List<String> india) throws Exception {
            String q = "?questionnaire=" + SLUG;
            warmUp(List.of(booths, districts, states, india), q);
            long loadStart = System.nanoTime();
            long storedStart = load.stored();
            OUT.printf("%nWhile answers arrive at %d/s through the storing path (8 threads, questionnaire %s):%n",
                    arguments.rate(), SLUG);
            OUT.printf("  %-26s %-34s %-22s %-28s %s%n", "", "HTTP p50 / p95 (target)", "roll-up SQL p50 / p95",
                    "naive GROUP BY p50 / p95", "naive/roll-up (p50)");
            floor("before", booths, q);
            row("booth summary", 5, booths, code -> get("/api/summaries/" + code + q),
                    probes::rollupSummary, code -> probes.naiveSummary(code, "booth_code"));
            row("district summary", 10, districts, code -> get("/api/summaries/" + code + q),
                    probes::rollupSummary, code -> probes.naiveSummary(code, "district_code"));
            row("state summary", 25, states, code -> get("/api/summaries/" + code + q),
                    probes::rollupSummary, code -> probes.naiveSummary(code, "state_code"));
            row("India summary", 50, india, code -> get("/api/summaries/" + code + q),
                    probes::rollupSummary, code -> probes.naiveSummary(code, "state_code"));
            String boothTable = boothTablePath(districts.get(0), q);
            row("district booth table", 50, districts, code -> get(boothTable.replace("{code}", code)),
                    probes::rollupBoothTable, probes::naiveBoothTable);
            row("district children page", 50, districts,
                    code -> get("/api/summaries/" + code + "/children" + q + "&size=50"),
                    probes::rollupBoothTable, probes::naiveBoothTable);
            floor("after", booths, q);
            double elapsed = (System.nanoTime() - loadStart) / 1e9;
            OUT.printf("  answers stored meanwhile (by another JVM, as the bot): %,.0f/s (target %d/s), failed %d; "
                    + "HTTP children table used: %s%n", (load.stored() - storedStart) / elapsed, arguments.rate(),
                    load.failed(), boothTable.replace("{code}", "{district}"));
            if (!load.alive()) {
                throw new IllegalStateException("The answer load stopped before the measurements ended");
            }
        }

        /**
         * What any request costs on this machine under the same load, whatever it computes:
         * an HTTP round trip that the admin API refuses before any SQL (no token: 401), and
         * one SQL round trip ({@code select 1}) from this JVM.
         */
        private void floor(String when, List<String> booths, String q) {
            double[] http = time(booths, code -> {
                int status = fetch("/api/summaries/" + code + q, false).status();
                if (status != 401) {
                    throw new IllegalStateException("Without a token the API answered " + status);
                }
                return status;
            }, arguments.samples(), 60);
            double[] sql = time(booths, code -> jdbc.sql("select 1").query(Integer.class).single(),
                    arguments.samples(), 60);
            OUT.printf("  floor under the same load, %-6s HTTP refused before any SQL %6.2f / %6.2f ms, "
                    + "one SQL round trip %.2f / %.2f ms (p50 / p95)%n", when + ":", http[0], http[1], sql[0], sql[1]);
        }

        /**
         * Calls every kind of summary and children table for 30 seconds, not counted, so that
         * the server's code is compiled as in a server that has been up a while (a count of
         * 200 calls left the first rows timed on code still being compiled).
         */
        private void warmUp(List<List<String>> places, String q) {
            long started = System.nanoTime();
            long until = started + 30_000_000_000L;
            int calls = 0;
            for (int round = 0; System.nanoTime() < until; round++) {
                for (List<String> codes : places) {
                    get("/api/summaries/" + codes.get(round % codes.size()) + q);
                    calls++;
                }
                get("/api/summaries/" + places.get(1).get(round % places.get(1).size()) + "/children" + q
                        + "&level=BOOTH&size=2000");
                calls++;
            }
            OUT.printf("  warm-up: %d summary requests in %.1f s, not counted%n", calls,
                    (System.nanoTime() - started) / 1e9);
        }

        /** The booth table of a district through the API, if it offers one (see the contract), else the children page. */
        private String boothTablePath(String district, String q) throws Exception {
            for (String path : List.of("/api/summaries/{code}/children" + q + "&level=BOOTH&size=2000",
                    "/api/summaries/{code}/children.csv" + q + "&level=BOOTH")) {
                Response response = fetch(path.replace("{code}", district));
                if (response.status() == 200 && new String(response.body(), StandardCharsets.UTF_8)
                        .split("BOOTH|-A\\d\\d-\\d{4}", -1).length > 500) {
                    return path;
                }
            }
            return "/api/summaries/{code}/children" + q + "&size=2000";
        }

        private record Response(int status, byte[] body) {
        }

        /**
         * A blocking GET with the token over a kept-alive connection, as a browser or curl
         * sends it. The JDK's asynchronous {@code java.net.http} client hands every request
         * between threads: on its own it added about 0.4 ms to the median and 2.5 ms to the
         * p95 of a request here, which would be counted against the server.
         */
        private Response fetch(String path) throws IOException {
            return fetch(path, true);
        }

        private Response fetch(String path, boolean withToken) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            if (withToken) {
                connection.setRequestProperty("Authorization", "Bearer " + token);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new Response(status, in == null ? new byte[0] : in.readAllBytes());
            }
        }

        private int get(String path) {
            try {
                Response response = fetch(path);
                if (response.status() != 200) {
                    throw new IllegalStateException(path + " answered " + response.status());
                }
                return response.body().length;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private interface Probe {
            int apply(String code) throws Exception;
        }

        private void row(String name, int target, List<String> codes, Probe http, Probe rollup, Probe naive) {
            String httpFigures;
            try {
                double[] h = time(codes, http, arguments.samples(), 60);
                httpFigures = "%6.2f / %6.2f ms (<%d) %s".formatted(h[0], h[1], target, h[1] < target ? "ok" : "MISS");
            } catch (RuntimeException e) {
                httpFigures = "n/a: " + e.getMessage();
            }
            double[] r = time(codes, rollup, arguments.samples(), 60);
            double[] n = time(codes, naive, Math.min(arguments.samples(), 40), 40);
            OUT.printf("  %-26s %-34s %6.2f / %6.2f ms      %8.2f / %8.2f ms        %6.1fx%n", name, httpFigures,
                    r[0], r[1], n[0], n[1], n[0] / r[0]);
        }

        /**
         * p50 and p95 in ms over up to {@code samples} calls, within a time budget, after up
         * to 5 warm-up calls that may take a quarter of it (a naive India takes seconds).
         */
        private static double[] time(List<String> codes, Probe probe, int samples, int budgetSeconds) {
            List<Double> millis = new ArrayList<>();
            long started = System.nanoTime();
            long deadline = started + budgetSeconds * 1_000_000_000L;
            long warmUpDeadline = started + budgetSeconds * 250_000_000L;
            for (int i = -5; i < samples && System.nanoTime() < deadline; i++) {
                if (i < 0 && System.nanoTime() > warmUpDeadline) {
                    i = 0;
                }
                String code = codes.get(Math.floorMod(i, codes.size()));
                long start = System.nanoTime();
                try {
                    probe.apply(code);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                if (i >= 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return new double[] {Double.NaN, Double.NaN};
            }
            return new double[] {sorted[sorted.length / 2],
                sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.95) - 1)]};
        }

        /** The machine's 1, 5 and 15 minute load averages (it is shared; 2 cores). */
        private static String loadAverage() {
            try {
                return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static double median(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }
    }
}
