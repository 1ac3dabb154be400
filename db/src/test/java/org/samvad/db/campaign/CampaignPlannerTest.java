package org.samvad.db.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.samvad.db.questionnaire.Questionnaire;
import org.samvad.db.questionnaire.QuestionnaireRepository;
import org.samvad.db.run.QuestionnaireRun;
import org.samvad.db.run.QuestionnaireRunRepository;
import org.samvad.db.worker.WorkerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The planner on the real schema: whom a campaign reaches, its invitations, reminders and progress. */
@PostgresDataJdbcTest
class CampaignPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-25T05:00:00Z"); // 10:30 IST
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcClient jdbc;
    @Autowired CampaignPlanner planner;
    @Autowired CampaignRepository campaigns;
    @Autowired LocationRepository locations;
    @Autowired QuestionnaireRepository questionnaires;
    @Autowired QuestionnaireRunRepository runs;
    @Autowired WorkerRepository workers;

    Questionnaire sample;

    @BeforeEach
    void workers() {
        sample = questionnaires.findLatestPublished("sangathan-srijan").orElseThrow();
        Workers.atBooth(jdbc, "BR-KAI-203-001", 10_000, 5, "hi");
        Workers.atBooth(jdbc, "BR-KAI-203-002", 10_100, 3, "en");
        Workers.atBooth(jdbc, "BR-KAI-204-001", 10_200, 4, null);
        jdbc.sql("""
                insert into location (code, level, parent_code, state_code, district_code, assembly_code, number,
                                      name_en, name_hi)
                values ('BR-PAT-181', 'ASSEMBLY', 'BR-PAT', 'BR', 'BR-PAT', 'BR-PAT-181', 181, 'Digha', 'दीघा'),
                       ('BR-PAT-181-001', 'BOOTH', 'BR-PAT-181', 'BR', 'BR-PAT', 'BR-PAT-181', 1, 'Booth 1', 'बूथ 1')
                on conflict (code) do nothing""").update();
        Workers.atBooth(jdbc, "BR-PAT-181-001", 10_300, 2, "hi");
        jdbc.sql("update worker set forgotten_at = now(), chat_id = 0, telegram_user_id = -id "
                + "where telegram_user_id = 10004").update();
        jdbc.sql("update worker set status = 'REGISTERING', booth_code = null where telegram_user_id = 10003")
                .update();
    }

    @Test
    void countsTheReachableActiveWorkersOfAScopeAtEveryLevel() {
        assertThat(planner.countReachable(place("BR-KAI-203-001"))).as("5 less one forgotten, one registering")
                .isEqualTo(3);
        assertThat(planner.countReachable(place("BR-KAI-203"))).isEqualTo(6);
        assertThat(planner.countReachable(place("BR-KAI"))).isEqualTo(10);
        assertThat(planner.countReachable(place("BR-PAT"))).isEqualTo(2);
        assertThat(planner.countReachable(place("BR"))).isGreaterThanOrEqualTo(12);
    }

    @Test
    void queuesOneInvitationPerWorkerInTheirLanguageWithAStartButton() throws Exception {
        Instant startsAt = NOW.plus(Duration.ofHours(1));
        CampaignPlanner.Launched launched = planner.launch(plan("BR-KAI", startsAt, false), sample, place("BR-KAI"),
                NOW);
        Campaign campaign = launched.campaign();

        assertThat(launched.preflight().workers()).isEqualTo(10);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.STARTED);
        assertThat(campaign.getTargeted()).isEqualTo(10);
        List<Row> rows = rows(campaign.getId(), 2);
        assertThat(rows).hasSize(10).allSatisfy(row -> {
            assertThat(row.payload().path("chat_id").asLong()).isEqualTo(row.chatId());
            assertThat(row.payload().at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                    .isEqualTo("cmp:" + campaign.getId());
            assertThat(row.notBefore()).isEqualTo(startsAt);
            assertThat(row.payload().has("allow_paid_broadcast")).isFalse();
        });
        JsonNode hindi = payloadFor(rows, 10_000);
        assertThat(hindi.path("text").asText()).startsWith("📋 नया सर्वेक्षण: संगठन सृजन")
                .doesNotContain("New survey");
        assertThat(hindi.at("/reply_markup/inline_keyboard/0/0/text").asText()).isEqualTo("▶ शुरू करें");
        assertThat(payloadFor(rows, 10_100).path("text").asText()).startsWith("📋 New survey: ");
        assertThat(payloadFor(rows, 10_200).path("text").asText()).as("no language: Hindi first, then English")
                .startsWith("📋 नया सर्वेक्षण").contains("\n\n📋 New survey");
        assertThat(jdbc.sql("select count(*) from outbox_message where campaign_id = ? and quiet_from = '21:00' "
                + "and quiet_until = '08:00'").param(campaign.getId()).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void queueingAgainAddsNothing() {
        Campaign campaign = planner.launch(plan("BR-KAI-203", NOW, true), sample, place("BR-KAI-203"), NOW)
                .campaign();

        assertThat(planner.enqueue(campaign, sample, place("BR-KAI-203"), NOW)).isZero();
        Workers.atBooth(jdbc, "BR-KAI-203-003", 10_400, 1, "hi");
        assertThat(planner.enqueue(campaign, sample, place("BR-KAI-203"), NOW)).as("only the newcomer").isOne();
        assertThat(rows(campaign.getId(), 2)).hasSize(7)
                .allSatisfy(row -> assertThat(row.payload().path("allow_paid_broadcast").asBoolean()).isTrue());
        assertThat(jdbc.sql("select count(distinct worker_id) from outbox_message where campaign_id = ?")
                .param(campaign.getId()).query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void estimatesCompletionAtTheRateTheBotRecorded() {
        new DeliveryRate(2, 100).publish(jdbc, NOW);
        Preflight preflight = planner.preflight(place("BR-KAI"), NOW, QuietHours.DEFAULT, false, NOW);
        assertThat(preflight.messagesPerSecond()).isEqualTo(2);
        assertThat(preflight.estimatedCompletion()).isEqualTo(NOW.plusSeconds(5));

        Preflight paid = planner.preflight(place("BR-KAI"), NOW, null, true, NOW);
        assertThat(paid.estimatedCompletion()).isEqualTo(NOW.plusMillis(100));
        Instant evening = Instant.parse("2026-11-25T15:29:58Z"); // 20:59:58 IST
        assertThat(planner.preflight(place("BR-KAI"), evening, QuietHours.DEFAULT, false, NOW).estimatedCompletion())
                .as("2 s before the quiet hours, 3 s after them")
                .isEqualTo(Instant.parse("2026-11-26T02:30:03Z"));
    }

    @Test
    void remindsWorkersWhoHaveNotBegunOnceAfterTheDelay() {
        Campaign campaign = planner.launch(plan("BR-KAI-203", NOW, false), sample, place("BR-KAI-203"), NOW)
                .campaign();
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = ? where campaign_id = ?")
                .params(java.sql.Timestamp.from(NOW), campaign.getId()).update();
        var answering = workers.findByTelegramUserId(10_100).orElseThrow();
        runs.save(QuestionnaireRun.start(answering, sample, campaign, NOW));

        assertThat(planner.remindNonResponders(NOW.plus(Duration.ofHours(23)))).as("before the delay").isZero();
        assertThat(planner.remindNonResponders(NOW.plus(Duration.ofHours(24)))).isEqualTo(5);
        assertThat(planner.remindNonResponders(NOW.plus(Duration.ofHours(30)))).as("once").isZero();

        List<Row> reminders = rows(campaign.getId(), 1);
        assertThat(reminders).extracting(Row::telegramUserId).doesNotContain(10_100L).hasSize(5);
        assertThat(payloadFor(reminders, 10_101).path("text").asText())
                .startsWith("🔔 Reminder: the survey \"Organisation building campaign").contains("open until");
        assertThat(payloadFor(reminders, 10_000).path("text").asText()).startsWith("🔔 याद दिलाना: सर्वेक्षण \"");
        assertThat(payloadFor(reminders, 10_000).at("/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("cmp:" + campaign.getId());
    }

    @Test
    void noReminderAfterTheExpiryOrOnceClosed() {
        Campaign campaign = planner.launch(plan("BR-KAI-204", NOW, false), sample, place("BR-KAI-204"), NOW)
                .campaign();
        jdbc.sql("update outbox_message set status = 'SENT', sent_at = ? where campaign_id = ?")
                .params(java.sql.Timestamp.from(NOW), campaign.getId()).update();
        assertThat(planner.remindNonResponders(NOW.plus(Duration.ofDays(8)))).as("expired after 7 days").isZero();

        campaign.close(NOW);
        campaigns.save(campaign);
        assertThat(planner.remindNonResponders(NOW.plus(Duration.ofDays(2)))).isZero();
    }

    @Test
    void reportsProgressFromTheOutboxAndTheRuns() {
        new DeliveryRate(30, 1000).publish(jdbc, NOW);
        Campaign campaign = planner.launch(plan("BR-KAI-203", NOW, false), sample, place("BR-KAI-203"), NOW)
                .campaign();
        long id = campaign.getId();
        jdbc.sql("""
                update outbox_message set status = case when worker_id % 3 = 0 then 'SENT'
                                                        when worker_id % 3 = 1 then 'FAILED' else 'SENT' end,
                                          sent_at = ?
                where campaign_id = ? and chat_id between 10000 and 10099""")
                .params(java.sql.Timestamp.from(NOW), id).update();
        jdbc.sql("update outbox_message set status = 'UNREACHABLE' where campaign_id = ? and chat_id = 10100")
                .param(id).update();
        runs.save(QuestionnaireRun.start(workers.findByTelegramUserId(10_101).orElseThrow(), sample, campaign, NOW));

        Progress progress = planner.progress(campaign, NOW);
        assertThat(progress.targeted()).isEqualTo(6);
        assertThat(progress.sent() + progress.failed()).isEqualTo(3);
        assertThat(progress.unreachable()).isOne();
        assertThat(progress.pending()).isEqualTo(2);
        assertThat(progress.started()).isOne();
        assertThat(progress.respondents()).isZero();
        assertThat(progress.responseRate()).isZero();
        assertThat(progress.estimatedCompletion()).isAfter(NOW).isBefore(NOW.plusSeconds(1));
    }

    @Test
    void aCampaignSendsAPublishedVersionWithAnExpiryAfterItsStart() {
        Location kaimur = place("BR-KAI");
        assertThatThrownBy(() -> Campaign.plan(sample, kaimur, NOW, Duration.ofHours(1), NOW, null, false, "t", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Campaign.plan(sample, kaimur, NOW.minus(Duration.ofHours(1)), Duration.ofHours(1),
                NOW.plus(Duration.ofDays(1)), null, false, "t", NOW)).hasMessageContaining("past");
        assertThatThrownBy(() -> Campaign.plan(sample, kaimur, NOW, Duration.ofDays(2), NOW.plus(Duration.ofDays(1)),
                null, false, "t", NOW)).hasMessageContaining("reminder delay");
        Questionnaire draft = Questionnaire.draft("draft-check", 1, sample.title(), sample.intro(), sample.closing(),
                null, sample.questions(), NOW);
        assertThatThrownBy(() -> Campaign.plan(draft, kaimur, NOW, Duration.ofHours(1), NOW.plus(Duration.ofDays(1)),
                null, false, "t", NOW)).hasMessageContaining("published");
    }

    @Test
    void startsOnceAndClosesOnce() {
        Campaign campaign = plan("BR-KAI", NOW, false);
        campaign.start(3, NOW);
        assertThat(campaign.isOpenAt(NOW.plus(Duration.ofDays(6)))).isTrue();
        assertThat(campaign.isOpenAt(NOW.plus(Duration.ofDays(7)))).as("expired").isFalse();
        assertThatThrownBy(() -> campaign.start(3, NOW)).isInstanceOf(IllegalStateException.class);
        campaign.close(NOW);
        assertThat(campaign.isOpenAt(NOW)).isFalse();
        assertThatThrownBy(() -> campaign.close(NOW)).isInstanceOf(IllegalStateException.class);
    }

    private Campaign plan(String scope, Instant startsAt, boolean paid) {
        return Campaign.plan(sample, place(scope), startsAt, Duration.ofHours(24), startsAt.plus(Duration.ofDays(7)),
                QuietHours.DEFAULT, paid, "test token", NOW);
    }

    private Location place(String code) {
        return locations.findById(code).orElseThrow();
    }

    private List<Row> rows(long campaignId, int priority) {
        return jdbc.sql("""
                select o.chat_id, o.payload::text, o.not_before, w.telegram_user_id from outbox_message o
                join worker w on w.id = o.worker_id where o.campaign_id = ? and o.priority = ? order by o.id""")
                .params(campaignId, priority)
                .query((rs, n) -> new Row(rs.getLong(1), read(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4)))
                .list();
    }

    private static JsonNode payloadFor(List<Row> rows, long telegramUserId) {
        return rows.stream().filter(r -> r.telegramUserId() == telegramUserId).findFirst().orElseThrow().payload();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Row(long chatId, JsonNode payload, Instant notBefore, long telegramUserId) {
    }
}
