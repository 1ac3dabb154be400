package org.samvad.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.samvad.db.outbox.NewMessage;
import org.samvad.db.outbox.Outbox;
import org.samvad.db.outbox.Priority;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * What the outbox adds to a reply: from the commit that queues it to its request at the
 * Bot API, with the sender idle (woken by the commit, not by its poll).
 */
class WakeLatencyTest {

    static final ScriptedTelegram telegram = new ScriptedTelegram();

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @Test
    void aCommitWakesTheSenderWithinMillisecondsNotAtTheNextPoll() throws InterruptedException {
        DeliveryDatabase db = DeliveryDatabase.get();
        db.clear();
        DeliverySettings settings = new DeliverySettings(30, false, Duration.ofSeconds(1), 3, 8, Duration.ofSeconds(5),
                Duration.ofSeconds(5), 5, Duration.ofMillis(50), Duration.ofMillis(400), true);
        OutboxSender sender = TestSenders.sender(db.dataSource, telegram.url(), settings, new SimpleMeterRegistry(),
                Clock.systemUTC());
        Outbox outbox = sender.outbox();
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource));
        sender.start();
        List<Long> micros = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                long chat = 1_001_000 + i;
                Thread.sleep(60);
                transaction.executeWithoutResult(status -> outbox.enqueue(NewMessage.of(chat, Priority.REPLY,
                        NewMessage.SEND_MESSAGE, DeliveryOnTheWireTest.payload(chat, "next question"), null,
                        Instant.now())));
                Instant committed = Instant.now();
                TestSenders.await(() -> telegram.delivered(chat) == 1, Duration.ofSeconds(5), "the reply");
                Instant arrived = telegram.arrivals().stream().filter(a -> a.chatId() == chat).findFirst()
                        .orElseThrow().at();
                micros.add(Duration.between(committed, arrived).toNanos() / 1000);
            }
        } finally {
            sender.stop();
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        long p90 = micros.get(micros.size() * 9 / 10);
        System.out.printf("Commit to request at the Bot API: median %.1f ms, p90 %.1f ms (poll interval 5 s)%n",
                median / 1000.0, p90 / 1000.0);
        assertThat(median).as("median microseconds").isLessThan(200_000);
    }
}
