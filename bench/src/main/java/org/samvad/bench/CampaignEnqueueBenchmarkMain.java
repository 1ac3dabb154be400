package org.samvad.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samvad.db.campaign.Campaign;
import org.samvad.db.campaign.CampaignPlanner;
import org.samvad.db.campaign.CampaignRepository;
import org.samvad.db.campaign.QuietHours;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Times making one campaign for a million workers in embedded PostgreSQL 17 with the real
 * schema: the planner's pre-flight count and {@code INSERT ... SELECT} (Bot API payload built
 * by {@code jsonb_build_object} in the worker's language, one row per worker guarded by
 * the unique index) against a baseline in the same run, a plain {@code INSERT ... SELECT}
 * of the same rows with a constant payload and without the unique index. Prints each
 * repeat and the medians. Arguments: workers (default 1,000,000), repeats (default 3).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=$PWD/bench/target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.samvad.bench.CampaignEnqueueBenchmarkMain
 * </pre>
 */
public final class CampaignEnqueueBenchmarkMain {

    /** The target: a million invitations queued within a minute. */
    static final Duration TARGET = Duration.ofSeconds(60);
    private static final String DISTRICT = "BR-PAT";
    private static final int ASSEMBLIES = 20;
    private static final int BOOTHS_PER_ASSEMBLY = 50;

    private CampaignEnqueueBenchmarkMain() {
    }

    /** Where the benchmark's Spring context starts: Samvad's database module and Spring Boot's auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Database {
    }

    public static void main(String[] args) {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
                .web(WebApplicationType.NONE)
                .run("--samvad.database.embedded.temporary=true", "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            new Run(context, workers, repeats).run();
        }
    }

    private static final class Run {

        private final JdbcClient jdbc;
        private final CampaignPlanner planner;
        private final CampaignRepository campaigns;
        private final TransactionTemplate transactions;
        private final Questionnaire questionnaire;
        private final Location scope;
        private final int workers;
        private final int repeats;

        Run(ConfigurableApplicationContext context, int workers, int repeats) {
            this.jdbc = context.getBean(JdbcClient.class);
            this.planner = context.getBean(CampaignPlanner.class);
            this.campaigns = context.getBean(CampaignRepository.class);
            this.transactions = context.getBean(TransactionTemplate.class);
            this.questionnaire = context.getBean(QuestionnaireRepository.class).findLatestPublished("sangathan-srijan")
                    .orElseThrow();
            this.scope = context.getBean(LocationRepository.class).findById(DISTRICT).orElseThrow();
            this.workers = workers;
            this.repeats = repeats;
        }

        void run() {
            long generating = time(this::generateWorkers);
            System.out.printf(Locale.ROOT, "Generated %,d active workers in %d booths of %s in %.1f s%n", workers,
                    ASSEMBLIES * BOOTHS_PER_ASSEMBLY, DISTRICT, generating / 1e9);
            long[] counted = new long[1];
            long counting = time(() -> counted[0] = planner.countReachable(scope));
            System.out.printf(Locale.ROOT, "Pre-flight count: %,d reachable workers in %.2f s%n", counted[0],
                    counting / 1e9);
            List<Long> planned = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            for (int repeat = 1; repeat <= repeats; repeat++) {
                planned.add(enqueue(repeat));
                plain.add(baseline(repeat));
            }
            double plannerSeconds = median(planned) / 1e9;
            double baselineSeconds = median(plain) / 1e9;
            System.out.printf(Locale.ROOT, "%nMedian of %d: planner %.1f s (%,.0f invitations/s), baseline %.1f s "
                    + "(%,.0f rows/s); planner/baseline %.2f; target %d s: %s%n", repeats, plannerSeconds,
                    workers / plannerSeconds, baselineSeconds, workers / baselineSeconds,
                    plannerSeconds / baselineSeconds, TARGET.toSeconds(),
                    plannerSeconds < TARGET.toSeconds() ? "met" : "MISSED");
        }

        private long enqueue(int repeat) {
            reset();
            Instant now = Instant.now();
            Campaign planned = Campaign.plan(questionnaire, scope, now, Duration.ofHours(24),
                    now.plus(Duration.ofDays(7)), QuietHours.DEFAULT, false, "benchmark", now);
            CampaignPlanner.Launched[] launched = new CampaignPlanner.Launched[1];
            long elapsed = time(() -> launched[0] = transactions.execute(
                    status -> planner.launch(planned, questionnaire, scope, now)));
            Campaign campaign = launched[0].campaign();
            check(campaign.getTargeted(), workers, "invitations queued");
            int[] again = new int[1];
            long repeated = time(() -> again[0] = transactions.execute(
                    status -> planner.enqueue(campaign, questionnaire, scope, now)));
            check(again[0], 0, "invitations queued a second time");
            System.out.printf(Locale.ROOT, "repeat %d: planner made the campaign and queued %,d invitations in "
                    + "%.1f s; queueing again added %d in %.1f s%n", repeat, campaign.getTargeted(), elapsed / 1e9,
                    again[0], repeated / 1e9);
            return elapsed;
        }

        private long baseline(int repeat) {
            reset();
            jdbc.sql("drop index outbox_one_per_campaign_worker").update();
            int[] inserted = new int[1];
            long elapsed = time(() -> inserted[0] = jdbc.sql("""
                    insert into outbox_message (chat_id, priority, method, payload, worker_id, campaign_id, not_before,
                                                created_at)
                    select w.chat_id, 2, 'sendMessage', '{"text": "invitation"}'::jsonb, w.id, 0, now(), now()
                    from worker w
                    where w.district_code = :district and w.status = 'ACTIVE' and w.forgotten_at is null
                      and w.chat_id <> 0
                    order by w.id""").param("district", DISTRICT).update());
            check(inserted[0], workers, "baseline rows");
            jdbc.sql("""
                    create unique index outbox_one_per_campaign_worker on outbox_message (campaign_id, worker_id,
                        priority) where campaign_id is not null""").update();
            System.out.printf(Locale.ROOT, "repeat %d: baseline inserted %,d rows in %.1f s%n", repeat, inserted[0],
                    elapsed / 1e9);
            return elapsed;
        }

        private void generateWorkers() {
            jdbc.sql("""
                    insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                          name_en, name_hi)
                    select :district || '-' || (900 + a), 'ASSEMBLY', :district, 'BR', :district,
                           :district || '-' || (900 + a), 900 + a, 'Assembly ' || a, 'विधानसभा ' || a
                    from generate_series(1, :assemblies) a""")
                    .param("district", DISTRICT).param("assemblies", ASSEMBLIES).update();
            jdbc.sql("""
                    insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                          name_en, name_hi)
                    select a.code || '-' || lpad(b::text, 3, '0'), 'BOOTH', a.code, 'BR', a.district_code, a.code, b,
                           'Booth ' || b, 'बूथ ' || b
                    from location a, generate_series(1, :booths) b
                    where a.parent_code = :district and a.level = 'ASSEMBLY'""")
                    .param("district", DISTRICT).param("booths", BOOTHS_PER_ASSEMBLY).update();
            jdbc.sql("""
                    insert into worker (telegram_user_id, chat_id, name, language, status, location_code, state_code,
                                        district_code, assembly_code, booth_code, created_at, updated_at, version)
                    select 5000000000 + n, 5000000000 + n, 'Worker ' || n,
                           case when n % 10 = 0 then 'en' else 'hi' end, 'ACTIVE', b.code, b.state_code,
                           b.district_code, b.assembly_code, b.code, now(), now(), 0
                    from generate_series(1, :workers) n
                    join (select code, state_code, district_code, assembly_code,
                                 row_number() over (order by code) - 1 as i
                          from location where district_code = :district and level = 'BOOTH') b
                      on b.i = n % :boothCount""")
                    .param("workers", workers).param("district", DISTRICT)
                    .param("boothCount", ASSEMBLIES * BOOTHS_PER_ASSEMBLY).update();
            jdbc.sql("analyze").update();
        }

        /** An empty outbox and a checkpoint, so each repeat starts alike. */
        private void reset() {
            jdbc.sql("truncate outbox_message").update();
            jdbc.sql("checkpoint").update();
        }

        private static long time(Runnable work) {
            long start = System.nanoTime();
            work.run();
            return System.nanoTime() - start;
        }

        private static void check(int actual, int expected, String what) {
            if (actual != expected) {
                throw new IllegalStateException(what + ": " + actual + ", expected " + expected);
            }
        }

        private static double median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        }
    }
}
