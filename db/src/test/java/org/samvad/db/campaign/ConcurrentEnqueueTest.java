package org.samvad.db.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several senders of the same campaign at once (two bot instances, a retried request):
 * each in its own committed transaction, and still one invitation per worker.
 */
@PostgresDataJdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentEnqueueTest {

    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z");
    private static final String ASSEMBLY = "BR-KAI-206";

    @Autowired JdbcClient jdbc;
    @Autowired CampaignPlanner planner;
    @Autowired CampaignRepository campaigns;
    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void cleanUp() {
        jdbc.sql("delete from outbox_message where campaign_id in (select id from campaign where scope_code = ?)")
                .param(ASSEMBLY).update();
        jdbc.sql("delete from campaign where scope_code = ?").param(ASSEMBLY).update();
        jdbc.sql("delete from worker where assembly_code = ?").param(ASSEMBLY).update();
    }

    @Test
    void eightConcurrentEnqueuesQueueOneInvitationPerWorker() throws Exception {
        for (int booth = 1; booth <= 5; booth++) {
            Workers.atBooth(jdbc, ASSEMBLY + "-00" + booth, 20_000 + booth * 1000, 200, "hi");
        }
        Questionnaire sample = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        Location scope = locations.findById(ASSEMBLY).orElseThrow();
        Campaign campaign = campaigns.save(Campaign.plan(sample, scope, NOW, Duration.ofHours(24),
                NOW.plus(Duration.ofDays(7)), QuietHours.DEFAULT, false, "test", NOW));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return transactions.execute(status -> planner.enqueue(campaign, sample, scope, NOW));
                }));
            }
            go.countDown();
            int added = 0;
            for (Future<Integer> result : results) {
                added += result.get();
            }
            assertThat(added).as("invitations added by all eight together").isEqualTo(1000);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                select count(*), count(distinct worker_id) from outbox_message where campaign_id = ?""")
                .param(campaign.getId()).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single())
                .containsExactly(1000L, 1000L);
    }
}
