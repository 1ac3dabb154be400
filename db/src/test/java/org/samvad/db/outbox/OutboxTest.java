package org.samvad.db.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.samvad.db.PostgresDataJdbcTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PostgresDataJdbcTest
class OutboxTest {

    /** 14:30 in India. */
    private static final Instant AFTERNOON = Instant.parse("2026-11-25T09:00:00Z");
    /** 22:30 in India, inside the default quiet hours. */
    private static final Instant NIGHT = Instant.parse("2026-11-25T17:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Autowired JdbcClient jdbc;

    Outbox outbox() {
        return new Outbox(jdbc);
    }

    @Test
    void claimsRepliesBeforeRemindersBeforeBroadcastsAndMarksThemSending() {
        Outbox outbox = outbox();
        outbox.enqueue(List.of(broadcast(1, AFTERNOON), message(2, Priority.REMINDER, AFTERNOON),
                message(3, Priority.REPLY, AFTERNOON)));

        Outbox.Claim claim = outbox.claim(10, AFTERNOON, LEASE, Set.of());

        assertThat(claim.messages()).extracting(ClaimedMessage::chatId).containsExactly(3L, 2L, 1L);
        assertThat(claim.messages()).allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
        assertThat(statuses()).containsOnly("SENDING");
        assertThat(outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages()).isEmpty();
    }

    @Test
    void neverClaimsAChatsLaterMessageWhileAnEarlierOneIsUnsent() {
        Outbox outbox = outbox();
        outbox.enqueue(List.of(message(7, Priority.REPLY, AFTERNOON), message(7, Priority.REPLY, AFTERNOON)));

        List<ClaimedMessage> first = outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages();
        assertThat(first).hasSize(1);
        assertThat(outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages()).as("the first is still sending").isEmpty();

        outbox.reschedule(first.get(0).id(), AFTERNOON.plusSeconds(5), "http 500");
        assertThat(outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages()).as("the first waits for its retry")
                .isEmpty();

        List<ClaimedMessage> retried = outbox.claim(10, AFTERNOON.plusSeconds(5), LEASE, Set.of()).messages();
        assertThat(retried).extracting(ClaimedMessage::id).containsExactly(first.get(0).id());
        assertThat(retried.get(0).attempts()).isEqualTo(2);
        outbox.markSent(retried.get(0).id(), AFTERNOON.plusSeconds(5));
        assertThat(outbox.claim(10, AFTERNOON.plusSeconds(5), LEASE, Set.of()).messages()).hasSize(1)
                .allSatisfy(m -> assertThat(m.id()).isGreaterThan(first.get(0).id()));
    }

    @Test
    void aRetryOfAMessageWhoseCampaignWasClosedMeanwhileIsWithdrawn() {
        long campaign = jdbc.sql("""
                insert into campaign (questionnaire_id, scope_code, starts_at, reminder_delay_secs, expires_at,
                                      paid_broadcast, created_by, status, targeted, created_at, version)
                select id, 'BR-KAI', now(), 86400, now() + interval '7 days', false, 'test', 'STARTED', 1, now(), 0
                from questionnaire order by id limit 1 returning id""").query(Long.class).single();
        Outbox outbox = outbox();
        outbox.enqueue(List.of(new NewMessage(31, Priority.BROADCAST, NewMessage.SEND_MESSAGE, payload(31), null,
                campaign, AFTERNOON, null, null)));
        ClaimedMessage claimed = outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages().get(0);

        jdbc.sql("update campaign set status = 'CLOSED', closed_at = now() where id = ?").param(campaign).update();
        outbox.reschedule(claimed.id(), AFTERNOON.plusSeconds(5), "http 500");

        assertThat(statuses()).containsExactly("WITHDRAWN");
        assertThat(outbox.claim(10, AFTERNOON.plusSeconds(60), LEASE, Set.of()).messages()).isEmpty();
    }

    @Test
    void skipsChatsWhoseAllowanceIsSpent() {
        Outbox outbox = outbox();
        outbox.enqueue(List.of(message(11, Priority.REPLY, AFTERNOON), message(12, Priority.REPLY, AFTERNOON)));

        assertThat(outbox.claim(10, AFTERNOON, LEASE, Set.of(11L)).messages()).extracting(ClaimedMessage::chatId)
                .containsExactly(12L);
    }

    @Test
    void holdsBroadcastsInQuietHoursWithoutHoldingUpReplies() {
        Outbox outbox = outbox();
        outbox.enqueue(List.of(broadcast(21, NIGHT.minusSeconds(60)), message(21, Priority.REPLY, NIGHT)));

        assertThat(outbox.claim(10, NIGHT, LEASE, Set.of()).messages()).extracting(ClaimedMessage::priority)
                .containsExactly(Priority.REPLY);
        assertThat(outbox.holdQuietHours(NIGHT, 100)).isEqualTo(1);
        assertThat(jdbc.sql("select not_before from outbox_message where priority = 2").query(java.sql.Timestamp.class)
                .single().toInstant()).as("08:00 in India next morning").isEqualTo(Instant.parse("2026-11-26T02:30:00Z"));
        assertThat(outbox.claim(10, Instant.parse("2026-11-26T02:30:00Z"), LEASE, Set.of()).messages())
                .extracting(ClaimedMessage::chatId).containsExactly(21L);
    }

    @Test
    void a403MarksTheWorkerUnreachableAndStopsTheirBroadcastsButNotRepliesToThem() {
        Outbox outbox = outbox();
        long worker = jdbc.sql("""
                insert into worker (telegram_user_id, chat_id, status, created_at, updated_at, version)
                values (31, 31, 'REGISTERING', now(), now(), 0) returning id""").query(Long.class).single();
        outbox.enqueue(List.of(broadcast(31, AFTERNOON), broadcast(31, AFTERNOON)));
        ClaimedMessage first = outbox.claim(10, AFTERNOON, LEASE, Set.of()).messages().get(0);

        assertThat(outbox.markUnreachable(first.id(), 31, AFTERNOON, "http 403")).isEqualTo(2);
        assertThat(statuses()).containsOnly("UNREACHABLE");
        assertThat(unreachable(worker)).isTrue();

        outbox.enqueue(List.of(broadcast(31, AFTERNOON), message(31, Priority.REPLY, AFTERNOON)));
        assertThat(outbox.claim(10, AFTERNOON, LEASE, Set.of()).unreachable()).as("the broadcast is set aside")
                .isEqualTo(1);
        Outbox.Claim claim = outbox.claim(10, AFTERNOON, LEASE, Set.of());
        assertThat(claim.messages()).extracting(ClaimedMessage::priority).containsExactly(Priority.REPLY);
        outbox.markSent(claim.messages().get(0).id(), AFTERNOON);
        assertThat(unreachable(worker)).as("a reply that went through clears the mark").isFalse();
    }

    @Test
    void aMessageWhoseSenderDiedMidSendIsNeverSentAgain() {
        Outbox outbox = outbox();
        outbox.enqueue(message(41, Priority.REPLY, AFTERNOON));
        outbox.claim(10, AFTERNOON, LEASE, Set.of());

        assertThat(outbox.settleAbandoned(AFTERNOON.plus(LEASE).minusSeconds(1))).isZero();
        assertThat(outbox.settleAbandoned(AFTERNOON.plus(LEASE).plusSeconds(1))).isEqualTo(1);
        assertThat(jdbc.sql("select status || ' ' || last_error from outbox_message").query(String.class).single())
                .isEqualTo("SENT unconfirmed");
        assertThat(outbox.claim(10, AFTERNOON.plusSeconds(60), LEASE, Set.of()).messages()).isEmpty();
    }

    @Test
    void countsPendingMessagesAndKeepsThePayloadAsJson() {
        Outbox outbox = outbox();
        outbox.enqueue(List.of(message(51, Priority.REPLY, AFTERNOON), broadcast(52, AFTERNOON)));

        assertThat(outbox.depth()).isEqualTo(2);
        assertThat(jdbc.sql("select payload ->> 'text' from outbox_message where chat_id = 51").query(String.class)
                .single()).isEqualTo("नमस्ते 51");
    }

    private static NewMessage message(long chat, int priority, Instant at) {
        return NewMessage.of(chat, priority, NewMessage.SEND_MESSAGE, payload(chat), null, at);
    }

    private static NewMessage broadcast(long chat, Instant at) {
        return new NewMessage(chat, Priority.BROADCAST, NewMessage.SEND_MESSAGE, payload(chat), null, 1L, at,
                LocalTime.of(21, 0), LocalTime.of(8, 0));
    }

    private static String payload(long chat) {
        return "{\"chat_id\":" + chat + ",\"text\":\"नमस्ते " + chat + "\"}";
    }

    private List<String> statuses() {
        return jdbc.sql("select status from outbox_message").query(String.class).list();
    }

    private boolean unreachable(long worker) {
        return jdbc.sql("select unreachable_at is not null from worker where id = ?").param(worker)
                .query(Boolean.class).single();
    }
}
