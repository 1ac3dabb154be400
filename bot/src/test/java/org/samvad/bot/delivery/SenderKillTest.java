package org.samvad.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.outbox.Priority;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A sender dies mid-campaign (no graceful shutdown: from the moment of the kill it can
 * neither write to the database nor send a request, while requests of its are inside
 * the Bot API) and another one starts. Every worker ends with exactly one invitation:
 * the rows in flight at the kill are never sent again, the rest go out.
 */
class SenderKillTest {

    static final ScriptedTelegram telegram = new ScriptedTelegram();
    static final int WORKERS = 200;
    static final int SENDERS = 4;

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void everyWorkerGetsExactlyOneInvitationWhenTheSenderIsKilledMidCampaignAndRestarted() {
        DeliveryDatabase db = DeliveryDatabase.get();
        db.clear();
        List<Long> chats = LongStream.range(1_002_000, 1_002_000 + WORKERS).boxed().toList();
        new Outbox(db.jdbc).enqueue(chats.stream().map(chat -> new NewMessage(chat, Priority.BROADCAST,
                NewMessage.SEND_MESSAGE, DeliveryOnTheWireTest.payload(chat, "invitation"), null, 9L,
                Instant.now().minusSeconds(1), null, null)).toList());
        DeliverySettings settings = new DeliverySettings(200, true, Duration.ofMillis(10), 3, SENDERS,
                Duration.ofMillis(100), Duration.ofSeconds(1), 5, Duration.ofMillis(50), Duration.ofMillis(400), true);

        Dying process = new Dying(db);
        OutboxSender first = TestSenders.sender(process.dataSource, process.http(settings), telegram.url(), settings,
                new SimpleMeterRegistry(), Clock.systemUTC());
        first.start();
        TestSenders.await(() -> telegram.totalDelivered() >= 50, Duration.ofSeconds(20), "a quarter of the campaign");
        telegram.closeGate();
        TestSenders.await(() -> telegram.held() == SENDERS && sending(db) == SENDERS, Duration.ofSeconds(10),
                "every sender thread to be inside the Bot API");
        process.kill();
        first.stop();
        telegram.openGate();
        int beforeRestart = telegram.totalDelivered();

        OutboxSender second = TestSenders.sender(db.dataSource, telegram.url(), settings, new SimpleMeterRegistry(),
                Clock.systemUTC());
        second.start();
        try {
            TestSenders.await(() -> db.jdbc.sql("select count(*) from outbox_message where status <> 'SENT'")
                    .query(Long.class).single() == 0, Duration.ofSeconds(30), "the rest of the campaign");
        } finally {
            second.stop();
        }

        assertThat(beforeRestart).isLessThan(WORKERS);
        for (long chat : chats) {
            assertThat(telegram.delivered(chat)).as("invitations delivered to chat %d", chat).isEqualTo(1);
        }
        assertThat(db.jdbc.sql("select count(*) from outbox_message where last_error = 'unconfirmed'")
                .query(Long.class).single()).as("the rows in flight at the kill").isEqualTo(SENDERS);
    }

    private static long sending(DeliveryDatabase db) {
        return db.jdbc.sql("select count(*) from outbox_message where status = 'SENDING'").query(Long.class).single();
    }

    /** A process's database connections and network, both gone at once when it is killed. */
    private static final class Dying {

        volatile boolean dead;
        final DelegatingDataSource dataSource;

        Dying(DeliveryDatabase db) {
            dataSource = new DelegatingDataSource(db.dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    if (dead) {
                        throw new SQLException("the process is dead");
                    }
                    return super.getConnection();
                }
            };
        }

        OkHttpClient http(DeliverySettings settings) {
            return DeliveryConfiguration.httpClient(settings).newBuilder().addInterceptor(chain -> {
                if (dead) {
                    throw new IOException("the process is dead");
                }
                return chain.proceed(chain.request());
            }).build();
        }

        void kill() {
            dead = true;
        }
    }
}
