package org.samvad.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samvad.bot.delivery.ScriptedTelegram.Arrival;
import org.samvad.bot.delivery.ScriptedTelegram.Outcome;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.outbox.Priority;

/**
 * The sender against WireMock playing the Bot API with faults (429 with retry_after,
 * 500s, slow answers, timeouts, dropped connections, 403) and a real PostgreSQL.
 */
class DeliveryOnTheWireTest {

    static final ScriptedTelegram telegram = new ScriptedTelegram();
    final DeliveryDatabase db = DeliveryDatabase.get();
    final Outbox outbox = new Outbox(db.jdbc);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<OutboxSender> started = new ArrayList<>();

    @BeforeEach
    void clear() {
        db.clear();
        telegram.reset();
    }

    @AfterEach
    void stopSenders() {
        started.forEach(OutboxSender::stop);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void everyReachableWorkerGetsExactlyOneMessageThroughEveryKindOfFault() {
        List<Long> chats = LongStream.rangeClosed(1_000_001, 1_000_080).boxed().toList();
        List<Long> blocked = chats.subList(20, 25);
        for (long chat : chats) {
            db.worker(chat);
        }
        telegram.script((chat, attempt) -> {
            long group = (chat - 1_000_001) / 5;
            if (group == 4) {
                return Outcome.FORBIDDEN;
            }
            if (attempt > 2) {
                return Outcome.OK;
            }
            return switch ((int) group) {
                case 0, 1 -> attempt == 1 ? Outcome.TOO_MANY : Outcome.OK;
                case 2, 3 -> Outcome.SERVER_ERROR;
                case 5 -> attempt == 1 ? Outcome.RESET : Outcome.OK;
                case 6 -> attempt == 1 ? Outcome.EMPTY : Outcome.OK;
                case 7 -> Outcome.SLOW_OK;
                case 8 -> attempt == 1 ? Outcome.TIMEOUT : Outcome.OK;
                default -> Outcome.OK;
            };
        });
        outbox.enqueue(chats.stream().map(DeliveryOnTheWireTest::broadcast).toList());

        start(TestSenders.fast(1000, 8));
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(20), "the outbox to drain");

        for (long chat : chats) {
            assertThat(telegram.delivered(chat)).as("messages delivered to chat %d", chat)
                    .isEqualTo(blocked.contains(chat) ? 0 : 1);
        }
        assertThat(statusCount("SENT")).isEqualTo(75);
        assertThat(statusCount("UNREACHABLE")).isEqualTo(5);
        assertThat(db.jdbc.sql("select count(*) from worker where unreachable_at is not null").query(Long.class)
                .single()).isEqualTo(5);
        assertThat(meters.counter("samvad.outbox.throttled").count()).isGreaterThanOrEqualTo(10);
        assertThat(meters.counter("samvad.outbox.failed", "reason", "unreachable").count()).isEqualTo(5);
        assertThat(meters.counter("samvad.outbox.sent", "priority", "2").count()).isEqualTo(75);
    }

    @Test
    void givesUpAfterMaxAttemptsAndStopsSendingToAWorkerWhoBlockedTheBot() {
        long failing = 1_000_101;
        long blocking = 1_000_102;
        db.worker(blocking);
        telegram.script((chat, attempt) -> chat == failing ? Outcome.SERVER_ERROR
                : chat == blocking ? Outcome.FORBIDDEN : Outcome.OK);
        outbox.enqueue(List.of(broadcast(failing), broadcast(blocking), broadcast(blocking)));

        start(TestSenders.fast(1000, 4));
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(20), "the outbox to drain");

        assertThat(telegram.arrivals().stream().filter(a -> a.chatId() == failing)).hasSize(5);
        assertThat(db.jdbc.sql("select status || ' ' || last_error from outbox_message where chat_id = ?")
                .param(failing).query(String.class).single()).isEqualTo("FAILED http 500");
        assertThat(telegram.arrivals().stream().filter(a -> a.chatId() == blocking)).as("one 403, then no more")
                .hasSize(1);
        assertThat(meters.counter("samvad.outbox.failed", "reason", "gave-up").count()).isEqualTo(1);
    }

    @Test
    void repliesGoAheadOfRemindersAndBroadcastsAndAChatsMessagesKeepTheirOrder() {
        long talking = 1_000_200;
        outbox.enqueue(LongStream.range(1_000_300, 1_000_340).mapToObj(DeliveryOnTheWireTest::broadcast).toList());
        outbox.enqueue(NewMessage.of(1_000_201, Priority.REMINDER, NewMessage.SEND_MESSAGE,
                payload(1_000_201, "reminder"), null, Instant.now()));
        for (int i = 1; i <= 5; i++) {
            outbox.enqueue(NewMessage.of(talking, Priority.REPLY, NewMessage.SEND_MESSAGE, payload(talking, "reply " + i),
                    null, Instant.now()));
        }

        start(new DeliverySettings(40, false, Duration.ofMillis(10), 3, 4, Duration.ofMillis(100),
                Duration.ofSeconds(2), 5, Duration.ofMillis(50), Duration.ofMillis(400), true));
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(20), "the outbox to drain");

        List<Arrival> arrivals = telegram.arrivals();
        assertThat(arrivals).hasSize(46);
        assertThat(arrivals.stream().filter(a -> a.chatId() == talking).map(a -> a.payload().path("text").asText()))
                .containsExactly("reply 1", "reply 2", "reply 3", "reply 4", "reply 5");
        int burst = new DeliverySettings(40, false, null, 3, 4, null, null, 5, null, null, true).globalBurst();
        assertThat(indexOf(arrivals, "reply 1")).as("the first reply in the first batch").isLessThan(burst);
        assertThat(indexOf(arrivals, "reminder")).as("the reminder in the first batch").isLessThan(burst);
        int lastReply = indexOf(arrivals, "reply 5");
        assertThat(lastReply).as("the replies do not wait for the 40 broadcasts").isLessThan(20);
    }

    @Test
    void holdsTheGlobalRateAndOneMessageASecondInAChat() {
        long chat = 1_000_400;
        outbox.enqueue(LongStream.range(1_000_500, 1_000_540).mapToObj(DeliveryOnTheWireTest::broadcast).toList());
        for (int i = 1; i <= 3; i++) {
            outbox.enqueue(NewMessage.of(chat, Priority.REPLY, NewMessage.SEND_MESSAGE, payload(chat, "r" + i), null,
                    Instant.now()));
        }

        start(new DeliverySettings(20, false, Duration.ofMillis(400), 1, 4, Duration.ofMillis(100),
                Duration.ofSeconds(2), 5, Duration.ofMillis(50), Duration.ofMillis(400), true));
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(20), "the outbox to drain");

        List<Arrival> arrivals = telegram.arrivals();
        Duration all = Duration.between(arrivals.get(0).at(), arrivals.get(arrivals.size() - 1).at());
        assertThat(all.toMillis()).as("43 messages at 20 a second, 3 of them at the start")
                .isGreaterThanOrEqualTo(1_800);
        List<Instant> inChat = arrivals.stream().filter(a -> a.chatId() == chat).map(Arrival::at).toList();
        assertThat(Duration.between(inChat.get(0), inChat.get(1)).toMillis()).isGreaterThanOrEqualTo(350);
        assertThat(Duration.between(inChat.get(1), inChat.get(2)).toMillis()).isGreaterThanOrEqualTo(350);
    }

    @Test
    void twoInstancesTogetherKeepToTheGlobalRate() {
        outbox.enqueue(LongStream.range(1_000_800, 1_000_860).mapToObj(DeliveryOnTheWireTest::broadcast).toList());
        DeliverySettings settings = new DeliverySettings(20, false, Duration.ofMillis(10), 3, 4, Duration.ofMillis(50),
                Duration.ofSeconds(2), 5, Duration.ofMillis(50), Duration.ofMillis(400), true);

        start(settings);
        start(settings);
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(20), "the outbox to drain");

        List<Arrival> arrivals = telegram.arrivals();
        assertThat(arrivals).hasSize(60);
        assertThat(Duration.between(arrivals.get(5).at(), arrivals.get(59).at()).toMillis())
                .as("the last 55 at 20 a second between both instances (2.7 s), not 40 (1.35 s)")
                .isGreaterThanOrEqualTo(2_400);
    }

    @Test
    void paidBroadcastSetsAllowPaidBroadcast() {
        outbox.enqueue(broadcast(1_000_600));

        start(TestSenders.fast(1000, 2));
        TestSenders.await(() -> pending() == 0, Duration.ofSeconds(10), "the outbox to drain");

        assertThat(telegram.arrivals().get(0).payload().path("allow_paid_broadcast").asBoolean()).isTrue();
    }

    @Test
    void broadcastsWaitOutQuietHoursWhileRepliesGoOut() {
        Clock night = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC); // 22:30 in India
        outbox.enqueue(new NewMessage(1_000_700, Priority.BROADCAST, NewMessage.SEND_MESSAGE, payload(1_000_700, "b"),
                null, 1L, night.instant(), LocalTime.of(21, 0), LocalTime.of(8, 0)));
        outbox.enqueue(NewMessage.of(1_000_700, Priority.REPLY, NewMessage.SEND_MESSAGE, payload(1_000_700, "r"), null,
                night.instant()));

        start(TestSenders.fast(1000, 2), night);
        TestSenders.await(() -> telegram.totalDelivered() == 1, Duration.ofSeconds(10), "the reply");
        TestSenders.await(() -> db.jdbc.sql("select not_before from outbox_message where priority = 2")
                .query(java.sql.Timestamp.class).single().toInstant().equals(Instant.parse("2026-11-26T02:30:00Z")),
                Duration.ofSeconds(10), "the broadcast to be held until 08:00 in India");

        assertThat(telegram.arrivals()).extracting(a -> a.payload().path("text").asText()).containsExactly("r");
        assertThat(pending()).isEqualTo(1);
    }

    private void start(DeliverySettings settings) {
        start(settings, Clock.systemUTC());
    }

    private void start(DeliverySettings settings, Clock clock) {
        OutboxSender sender = TestSenders.sender(db.dataSource, telegram.url(), settings, meters, clock);
        started.add(sender);
        sender.start();
    }

    private long pending() {
        return db.jdbc.sql("select count(*) from outbox_message where status in ('PENDING', 'SENDING')")
                .query(Long.class).single();
    }

    private long statusCount(String status) {
        return db.jdbc.sql("select count(*) from outbox_message where status = ?").param(status).query(Long.class)
                .single();
    }

    private static int indexOf(List<Arrival> arrivals, String text) {
        for (int i = 0; i < arrivals.size(); i++) {
            if (arrivals.get(i).payload().path("text").asText().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    static NewMessage broadcast(long chat) {
        return new NewMessage(chat, Priority.BROADCAST, NewMessage.SEND_MESSAGE, payload(chat, "invitation"), null, 1L,
                Instant.now().minusSeconds(1), null, null);
    }

    static String payload(long chat, String text) {
        return "{\"chat_id\":" + chat + ",\"text\":\"" + text + "\"}";
    }
}
