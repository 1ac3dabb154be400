package org.samvad.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.samvad.bot.delivery.DeliverySettings;
import org.samvad.bot.delivery.OutboxSender;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.outbox.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends a campaign's invitations (one broadcast row per worker, queued in a real
 * embedded PostgreSQL) to a WireMock Bot API that enforces Telegram's limits, and
 * prints the send rate reached against the configured limit and the 429s received:
 * first at the free 30 a second, then with paid broadcast at 1,000 a second.
 *
 * <pre>
 * --workers N        invitations in the 30/s run (default 10000; about 5.5 minutes)
 * --repeats R        runs at 30/s (default 1)
 * --paid-workers N   invitations in each 1,000/s run (default 10000)
 * --paid-repeats R   runs at 1,000/s (default 3)
 * --senders S        requests in flight at most (default 8)
 * --paid-senders S   requests in flight at most in the 1,000/s runs (default 32)
 * --local-limit      keep the global bucket in memory instead of in PostgreSQL
 * </pre>
 */
public final class DeliveryBenchmarkMain {

    private DeliveryBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int workers = option(args, "--workers", 10_000);
        int repeats = option(args, "--repeats", 1);
        int paidWorkers = option(args, "--paid-workers", 10_000);
        int paidRepeats = option(args, "--paid-repeats", 3);
        int senders = option(args, "--senders", 8);
        int paidSenders = option(args, "--paid-senders", 32);
        boolean shared = !java.util.Arrays.asList(args).contains("--local-limit");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
                HikariDataSource dataSource = pool(postgres);
                EnforcingTelegram telegram = new EnforcingTelegram()) {
            Flyway.configure().dataSource(dataSource).load().migrate();
            List<Run> free = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                free.add(run(dataSource, telegram, workers, DeliverySettings.FREE_RATE, false, senders, shared));
            }
            List<Run> paid = new ArrayList<>();
            for (int i = 0; i < paidRepeats; i++) {
                paid.add(run(dataSource, telegram, paidWorkers, DeliverySettings.PAID_RATE, true, paidSenders, shared));
            }
            System.out.println();
            summary("free broadcast, limit 30/s", free);
            summary("paid broadcast, limit 1000/s", paid);
        }
    }

    private static Run run(HikariDataSource dataSource, EnforcingTelegram telegram, int workers, int rate,
            boolean paid, int senders, boolean shared) throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("truncate outbox_message, delivery_bucket").update();
        Outbox outbox = new Outbox(jdbc);
        Instant now = Instant.now();
        long enqueueStart = System.nanoTime();
        for (int from = 0; from < workers; from += 5_000) {
            List<NewMessage> batch = new ArrayList<>();
            for (int chat = from + 1; chat <= Math.min(workers, from + 5_000); chat++) {
                batch.add(new NewMessage(chat, Priority.BROADCAST, NewMessage.SEND_MESSAGE,
                        "{\"chat_id\":" + chat + ",\"text\":\"सर्वेक्षण अभियान / survey round\"}", null, 1L, now,
                        null, null));
            }
            outbox.enqueue(batch);
        }
        double enqueueSeconds = (System.nanoTime() - enqueueStart) / 1e9;
        telegram.enforce(rate);
        DeliverySettings settings = new DeliverySettings(rate, paid, Duration.ofSeconds(1), 3, senders,
                Duration.ofMillis(500), Duration.ofSeconds(15), 6, Duration.ofSeconds(1), Duration.ofMinutes(5), shared);
        OutboxSender sender = OutboxSender.create(outbox, dataSource, URI.create(telegram.url()), "123456:BENCH",
                settings, new SimpleMeterRegistry(), Clock.systemUTC());
        long start = System.nanoTime();
        sender.start();
        while (telegram.accepted() < workers) {
            Thread.sleep(50);
            if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                throw new IllegalStateException("The run did not finish in 30 minutes");
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        sender.stop();
        long sent = jdbc.sql("select count(*) from outbox_message where status = 'SENT'").query(Long.class).single();
        Run run = new Run(rate, workers, (workers - 1) / telegram.acceptedSpan(), telegram.refused(), wall, sent,
                enqueueSeconds);
        System.out.printf("limit %4d/s, %d senders, %s bucket: %d invitations in %.1f s, rate %.2f/s = %.3f of the limit, 429s %d, "
                        + "rows SENT %d (queued in %.2f s)%n", rate, senders, shared ? "shared" : "local", workers, wall, run.rate(), run.ratio(),
                run.throttled(), sent, enqueueSeconds);
        return run;
    }

    private static void summary(String name, List<Run> runs) {
        if (runs.isEmpty()) {
            return;
        }
        List<Double> ratios = new ArrayList<>(runs.stream().map(Run::ratio).toList());
        List<Double> rates = new ArrayList<>(runs.stream().map(Run::rate).toList());
        List<Long> throttled = new ArrayList<>(runs.stream().map(Run::throttled).toList());
        Collections.sort(ratios);
        Collections.sort(rates);
        Collections.sort(throttled);
        System.out.printf("%s: %d run(s) of %d invitations: median rate %.2f/s, median rate/limit %.3f "
                        + "(target >= 0.97), median 429s %d (target 0)%n", name, runs.size(), runs.get(0).workers(),
                rates.get(rates.size() / 2), ratios.get(ratios.size() / 2), throttled.get(throttled.size() / 2));
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(30);
        return pool;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private record Run(int limit, int workers, double rate, long throttled, double wall, long sent,
            double enqueueSeconds) {

        double ratio() {
            return rate / limit;
        }
    }
}
