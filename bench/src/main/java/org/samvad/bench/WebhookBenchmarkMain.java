package org.samvad.bench;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.samvad.bot.BotApplication;
import org.samvad.bot.inbound.InboundMetrics;

import org.samvad.db.DatabaseConfiguration;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inbound at scale, end to end on one machine: simulated workers answer a 10-question
 * questionnaire at stepped offered rates, through the webhook endpoint of two bot
 * instances over HTTP (the baseline: one instance long polling), with WireMock playing
 * the Bot API and a real embedded PostgreSQL. For every step it prints the sustained
 * answers per second (answers stored divided by the time from the first message to the
 * last one stored) and p50/p99 of the time from an update's arrival to the commit of its
 * answer ({@code samvad.updates.latency}), then the best step that kept up with p99 under
 * 50 ms, and the floor: how many of an answer's HTTP exchanges this machine makes a
 * second when nothing is stored ({@code floor [seconds] [senders]} measures only that). Run from
 * the repository root:
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) org.samvad.bench.WebhookBenchmarkMain [seconds] [rates...]
 * </pre>
 */
public final class WebhookBenchmarkMain {

    static final double TARGET_ANSWERS_PER_SECOND = 3000;
    static final double TARGET_P99_MILLIS = 50;
    private static final String SURVEY = "bench-ten";
    private static final String SECRET = "bench-webhook-secret";
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final int SENDERS = 32;

    private final ConfigurableApplicationContext database;
    private final BenchTelegram telegram = new BenchTelegram();
    private final JdbcClient jdbc;
    private final String jdbcUrl;
    private final CpuTime cpu;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long nextWorker = 10_000_000L;
    private long nextUpdate = 1;
    private Floor floor;
    private int floorSenders = SENDERS;

    private WebhookBenchmarkMain() {
        database = new SpringApplicationBuilder(DatabaseConfiguration.class).web(WebApplicationType.NONE)
                .run("--samvad.database.embedded.temporary=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        jdbc = JdbcClient.create(database.getBean(DataSource.class));
        jdbcUrl = database.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");
        cpu = new CpuTime(jdbc);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("floor")) {
            WebhookBenchmarkMain bench = new WebhookBenchmarkMain();
            bench.floorSenders = args.length > 2 ? Integer.parseInt(args[2]) : SENDERS;
            try {
                bench.mode("webhook, 2 instances", 2, args.length > 1 ? Double.parseDouble(args[1]) : 10,
                        new double[0]);
            } finally {
                bench.telegram.close();
                bench.database.close();
            }
            System.exit(0);
        }
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 12;
        double[] rates = args.length > 1 ? Arrays.stream(args).skip(1).mapToDouble(Double::parseDouble).toArray()
                : new double[] {500, 1000, 2000, 3000};
        WebhookBenchmarkMain bench = new WebhookBenchmarkMain();
        try {
            List<Step> polling = bench.mode("polling, 1 instance", 1, seconds, rates);
            List<Step> webhook = bench.mode("webhook, 2 instances", 2, seconds, rates);
            print(seconds, polling, webhook);
            System.out.println(bench.floor.line());
        } finally {
            bench.telegram.close();
            bench.database.close();
        }
        System.exit(0);
    }

    private List<Step> mode(String name, int instances, double seconds, double[] rates) throws Exception {
        List<ConfigurableApplicationContext> bots = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            bots.add(startBot(instances > 1));
        }
        NumberQuestionnaire.publish(bots.get(0).getBean(QuestionnaireRepository.class), SURVEY, PacedLoad.ANSWERS);
        try {
            List<Step> steps = new ArrayList<>();
            step(name, bots, 200, 4);   // warm-up, not reported
            for (double rate : rates) {
                steps.add(step(name, bots, rate, seconds));
            }
            if (instances > 1) {
                floor = floor(bots, seconds);
            }
            return steps;
        } finally {
            bots.forEach(ConfigurableApplicationContext::close);
        }
    }

    private Step step(String mode, List<ConfigurableApplicationContext> bots, double rate, double seconds)
            throws Exception {
        int workers = (int) Math.max(1, Math.round(rate * seconds / PacedLoad.MESSAGES));
        long firstWorker = register(workers);
        long firstUpdate = nextUpdate;
        nextUpdate += (long) workers * PacedLoad.MESSAGES;
        List<Timer> timers = bots.stream().map(b -> b.getBean(PrometheusMeterRegistry.class)
                .find(InboundMetrics.LATENCY).timer()).toList();
        LatencyWindow before = LatencyWindow.of(timers);
        double handledBefore = processed(bots, "handled");
        double lateBefore = processed(bots, "late");
        double allBefore = processed(bots, null);
        ThreadCpu threadsBefore = ThreadCpu.now();
        double pgBefore = cpu.postgresMillis();
        Instant start = Instant.now();
        PacedLoad.Sink sink = bots.size() == 1 ? (worker, update) -> telegram.deliver(update)
                : (worker, update) -> post(bots.get(ThreadLocalRandom.current().nextInt(bots.size())), update);
        // getUpdates serves updates in update_id order (the polling library drops any older than the last it saw),
        // so the queue is filled by one thread; webhook requests go out on many connections, in any order
        PacedLoad.Result load = PacedLoad.run(firstWorker, workers, firstUpdate, rate, bots.size() == 1 ? 1 : SENDERS,
                sink);
        awaitProcessed(bots, allBefore + load.sent() - load.failed());
        double elapsed = Duration.between(start, Instant.now()).toNanos() / 1e9;
        LatencyWindow after = LatencyWindow.of(timers);
        ThreadCpu.Shares jvm = ThreadCpu.now().since(threadsBefore);
        double pg = cpu.postgresMillis() - pgBefore;
        long stored = jdbc.sql("""
                        select count(*) from answer a join questionnaire_run r on r.id = a.run_id
                        join worker w on w.id = r.worker_id where w.telegram_user_id between ? and ?""")
                .params(firstWorker, firstWorker + workers - 1).query(Long.class).single();
        Step step = new Step(mode, rate, workers, load.sent(), load.failed(), processed(bots, "handled") - handledBefore,
                processed(bots, "late") - lateBefore, stored,
                stored / elapsed, after.percentile(before, 0.5), after.percentile(before, 0.99),
                load.ackPercentileMillis(0.99), jvm.bots() / stored, jvm.harness() / stored, jvm.runtime() / stored,
                pg / stored);
        System.out.println(step.line());
        return step;
    }

    /**
     * What the HTTP exchanges of an answer cost on this machine alone, flat out with the
     * same senders: an update posted to a webhook that is acknowledged and not recorded
     * (a channel post: nobody's message, so nothing is stored or processed), and that
     * plus one {@code sendMessage} to WireMock, which every answer costs too (the next
     * question goes out). No answer can be stored faster than these exchanges are made.
     */
    private Floor floor(List<ConfigurableApplicationContext> bots, double seconds) throws Exception {
        String reply = "{\"chat_id\":10000001,\"text\":\"प्रश्न 4/10: बूथ पर कितने कार्यकर्ता सक्रिय हैं? "
                + "(संख्या लिखें)\",\"reply_markup\":{\"remove_keyboard\":true}}";
        URI send = URI.create(telegram.url() + "/bot" + BenchTelegram.TOKEN + "/sendmessage");
        List<URI> webhooks = bots.stream().map(WebhookBenchmarkMain::webhook).toList();
        double shared = flatOut(seconds, n -> post(bots.get(n % bots.size()), channelPost(n)));
        double acknowledged = flatOut(seconds, n -> expect(200, postBlocking(webhooks.get(n % webhooks.size()),
                channelPost(n), SECRET), "the webhook"));
        double both = flatOut(seconds, n -> {
            expect(200, postBlocking(webhooks.get(n % webhooks.size()), channelPost(n), SECRET), "the webhook");
            expect(200, postBlocking(send, reply, null), "WireMock's sendMessage");
        });
        Floor result = new Floor(floorSenders, shared, acknowledged, both);
        System.out.println(result.line());
        return result;
    }

    /** An update that is nobody's message (a channel post): acknowledged, not stored. */
    private static String channelPost(long updateId) {
        return ("{\"update_id\":%d,\"channel_post\":{\"message_id\":1,\"date\":%d,"
                + "\"chat\":{\"id\":-1001,\"type\":\"channel\"},\"text\":\"7\"}}")
                .formatted(updateId, System.currentTimeMillis() / 1000);
    }

    /** A blocking POST over a kept-alive connection of this thread; the response is read whole. */
    private static int postBlocking(URI uri, String json, String secret) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/json");
        if (secret != null) {
            connection.setRequestProperty(SECRET_HEADER, secret);
        }
        try (OutputStream out = connection.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    private static void expect(int status, int actual, String what) {
        if (actual != status) {
            throw new IllegalStateException(what + " answered " + actual);
        }
    }

    private interface Exchange {
        void run(int n) throws Exception;
    }

    /** Exchanges a second: {@code floorSenders} senders, each making them one after another for the time given. */
    private double flatOut(double seconds, Exchange exchange) throws Exception {
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < floorSenders; t++) {
            Thread sender = ThreadCpu.loadThreads("floor").newThread(() -> {
                while (System.nanoTime() < end && failure.get() == null) {
                    try {
                        exchange.run(done.getAndIncrement());
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * Webhook requests acknowledged a second, nothing stored: sent by the load generator's
     * shared {@code java.net.http} client and by a blocking connection per sender; and
     * those, by blocking connections, each with a {@code sendMessage} to WireMock.
     */
    record Floor(int senders, double shared, double acknowledged, double withReply) {

        String line() {
            return String.format(Locale.ROOT, "Floor, HTTP alone, flat out with %d senders: webhook requests "
                    + "acknowledged without storing %.0f/s (the load generator's client) and %.0f/s (a blocking "
                    + "connection per sender); each with one sendMessage to WireMock, as every answer makes both "
                    + "exchanges, %.0f/s; target %.0f answers/s", senders, shared, acknowledged, withReply,
                    TARGET_ANSWERS_PER_SECOND);
        }
    }

    private ConfigurableApplicationContext startBot(boolean webhook) {
        List<String> args = new ArrayList<>(List.of("--telegram.bot.token=" + BenchTelegram.TOKEN,
                "--telegram.bot.url=" + telegram.url(), "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=24",
                "--samvad.bot.port=0", "--samvad.bot.questionnaire=" + SURVEY,
                "--samvad.bot.rate-limit-messages=100000", "--samvad.bot.inbound.threads=8",
                "--samvad.bot.delivery.rate=1000", "--samvad.bot.delivery.per-chat-interval=10ms",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        if (webhook) {
            args.add("--telegram.bot.webhook.url=https://bench.example.org/telegram/webhook");
            args.add("--telegram.bot.webhook.secret=" + SECRET);
        }
        return new SpringApplicationBuilder(BotApplication.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }

    /** Registers workers at one booth in one statement; returns the first one's Telegram id. */
    private long register(int workers) {
        long first = nextWorker;
        nextWorker += workers;
        jdbc.sql("""
                        insert into worker (telegram_user_id, chat_id, name, language, status, location_code,
                            state_code, district_code, assembly_code, booth_code, created_at, updated_at, version,
                            joined_via, phone)
                        select g, g, 'Worker', 'hi', 'ACTIVE', l.code, l.state_code, l.district_code,
                            l.assembly_code, l.code, now(), now(), 1, 'CONTACT', '9' || lpad(g::text, 9, '0')
                        from generate_series(?::bigint, ?::bigint) g, location l where l.code = ?""")
                .params(first, first + workers - 1, NumberQuestionnaire.BOOTH).update();
        return first;
    }

    private static URI webhook(ConfigurableApplicationContext bot) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) bot).getWebServer().getPort()
                + "/telegram/webhook");
    }

    private void post(ConfigurableApplicationContext bot, String update) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(webhook(bot))
                .header("Content-Type", "application/json").header(SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("webhook answered " + response.statusCode());
        }
    }

    /**
     * Waits until the bots have processed every message of the step, whatever the outcome:
     * an update that reached the webhook after a newer one of its worker was processed is
     * dropped as late, and counted so.
     */
    private static void awaitProcessed(List<ConfigurableApplicationContext> bots, double expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (processed(bots, null) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The bots did not process the step within 3 minutes: "
                        + processed(bots, null) + " of " + expected + " (handled " + processed(bots, "handled")
                        + ", late " + processed(bots, "late") + ", failed " + processed(bots, "failed") + ")");
            }
            Thread.sleep(20);
        }
    }

    /** Updates the bots processed with the outcome given (any outcome: null) so far. */
    private static double processed(List<ConfigurableApplicationContext> bots, String outcome) {
        return bots.stream().flatMap(b -> b.getBean(PrometheusMeterRegistry.class).find("samvad.updates.processed")
                .counters().stream())
                .filter(c -> outcome == null || outcome.equals(c.getId().getTag("outcome")))
                .mapToDouble(Counter::count).sum();
    }

    private static void print(double seconds, List<Step> polling, List<Step> webhook) {
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "Load average while running: %.1f (other processes on "
                + "this machine compete for its cores)", java.lang.management.ManagementFactory
                .getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println(String.format(Locale.ROOT, "Samvad inbound, %d cores, JDK %d, %.0f s per step; "
                + "latency = update arrival to answer committed; answers/s = answers stored / (first message to "
                + "last stored); ack p99 = message due to webhook/queue acknowledged; cpu = CPU ms per answer stored "
                + "(bots: the bot instances' threads; harness: WireMock and the load generator; JIT/GC: the JVM's "
                + "own; PG: the PostgreSQL server)", Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), seconds));
        System.out.println(Step.HEADER);
        polling.forEach(s -> System.out.println(s.line()));
        webhook.forEach(s -> System.out.println(s.line()));
        Step base = best(polling);
        Step best = best(webhook);
        System.out.println();
        System.out.println(String.format(Locale.ROOT, "Baseline (polling, 1 instance): %s", base == null ? "no step kept up"
                : String.format(Locale.ROOT, "%.0f answers/s, p99 %.1f ms", base.answersPerSecond(), base.p99())));
        System.out.println(String.format(Locale.ROOT, "Webhook, 2 instances: %s (target %.0f answers/s, p99 < %.0f ms)",
                best == null ? "no step kept up" : String.format(Locale.ROOT, "%.0f answers/s, p99 %.1f ms",
                        best.answersPerSecond(), best.p99()), TARGET_ANSWERS_PER_SECOND, TARGET_P99_MILLIS));
        System.out.println(String.format(Locale.ROOT, "CPU per answer (median of steps, JVM + PostgreSQL): polling "
                + "%.2f ms, webhook %.2f ms; were both cores free for this alone: about %.0f and %.0f answers/s",
                cpuPerAnswer(polling), cpuPerAnswer(webhook), 2000 / cpuPerAnswer(polling),
                2000 / cpuPerAnswer(webhook)));
        Step busiest = webhook.stream().max((a, b) -> Double.compare(a.answersPerSecond(), b.answersPerSecond()))
                .orElse(null);
        if (busiest != null) {
            double own = busiest.botCpuPerAnswer() + busiest.pgCpuPerAnswer();
            System.out.println(String.format(Locale.ROOT, "Webhook at its busiest step (%.0f answers/s): the bots "
                    + "%.2f ms + PostgreSQL %.2f ms of CPU per answer, without the harness and JIT/GC; %.0f answers/s "
                    + "would take about %.1f cores for that alone", busiest.answersPerSecond(),
                    busiest.botCpuPerAnswer(), busiest.pgCpuPerAnswer(), TARGET_ANSWERS_PER_SECOND,
                    own * TARGET_ANSWERS_PER_SECOND / 1000));
        }
        if (base != null && best != null) {
            System.out.println(String.format(Locale.ROOT, "Ratio webhook/polling: %.2f",
                    best.answersPerSecond() / base.answersPerSecond()));
        }
    }

    private static double cpuPerAnswer(List<Step> steps) {
        double[] costs = steps.stream().mapToDouble(s -> s.jvmCpuPerAnswer() + s.pgCpuPerAnswer()).sorted().toArray();
        return costs.length == 0 ? Double.NaN : costs[costs.length / 2];
    }

    /** The step with the most answers per second that kept up (95 % of offered) with p99 under target. */
    private static Step best(List<Step> steps) {
        return steps.stream().filter(Step::keptUp).max((a, b) -> Double.compare(a.answersPerSecond(),
                b.answersPerSecond())).orElse(null);
    }

    /**
     * One step's figures; CPU in milliseconds per answer stored: the bots' threads, the
     * harness's (WireMock and the load generator), the JIT and GC, and PostgreSQL.
     */
    record Step(String mode, double offered, int workers, int sent, int failed, double handled, double late,
            long stored,
            double answersPerSecond, double p50, double p99, double ackP99, double botCpuPerAnswer,
            double harnessCpuPerAnswer, double runtimeCpuPerAnswer, double pgCpuPerAnswer) {

        static final String HEADER = String.format(Locale.ROOT,
                "%-22s %9s %8s %8s %8s %10s %8s %8s %8s %8s %8s %8s %8s", "mode", "offered/s", "workers", "handled",
                "stored", "answers/s", "p50 ms", "p99 ms", "ack p99", "bots cpu", "harness", "JIT/GC", "PG cpu");

        double jvmCpuPerAnswer() {
            return botCpuPerAnswer + harnessCpuPerAnswer + runtimeCpuPerAnswer;
        }

        boolean keptUp() {
            double offeredAnswers = offered * PacedLoad.ANSWERS / PacedLoad.MESSAGES;
            return failed == 0 && stored == (long) workers * PacedLoad.ANSWERS
                    && answersPerSecond >= 0.95 * offeredAnswers && p99 < TARGET_P99_MILLIS;
        }

        String line() {
            return String.format(Locale.ROOT,
                    "%-22s %9.0f %8d %8.0f %8d %10.0f %8.1f %8.1f %8.1f %8.2f %8.2f %8.2f %8.2f%s", mode, offered,
                    workers, handled, stored, answersPerSecond, p50, p99, ackP99, botCpuPerAnswer,
                    harnessCpuPerAnswer, runtimeCpuPerAnswer, pgCpuPerAnswer, (failed > 0 ? " failed " + failed : "")
                    + (late > 0 ? " late " + (long) late : ""));
        }
    }
}
