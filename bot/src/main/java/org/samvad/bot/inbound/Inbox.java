package org.samvad.bot.inbound;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates enter, whether Telegram posts them to the webhook or the bot polls for
 * them: each is recorded in PostgreSQL (so it survives the instance) before Telegram is
 * answered, then its worker's updates are processed. Updates that are nobody's message
 * or button press are acknowledged and not recorded.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final InboundQueue queue;
    private final InboundProcessor processor;
    private final InboundMetrics metrics;
    private final Clock clock;

    public Inbox(InboundQueue queue, InboundProcessor processor, InboundMetrics metrics, Clock clock) {
        this.queue = queue;
        this.processor = processor;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Records one update as Telegram posted it.
     *
     * @throws IllegalArgumentException when the body is not an update
     */
    public void accept(String json, String source) {
        Update update = UpdateJson.read(json);
        OptionalLong sender = UpdateJson.sender(update);
        if (sender.isEmpty()) {
            log.debug("Update {} is nobody's message; acknowledged and skipped", update.getUpdateId());
            return;
        }
        queue.record(update.getUpdateId(), sender.getAsLong(), json, clock.instant());
        metrics.received(source, 1);
        processor.wake(sender.getAsLong());
    }

    /**
     * Records a batch of polled updates, then processes them one at a time in the order
     * given on the calling thread, as long polling always did (one instance polls).
     */
    public void accept(List<Update> updates, String source) {
        long[] senders = new long[updates.size()];
        int recorded = 0;
        for (Update update : updates) {
            OptionalLong sender = UpdateJson.sender(update);
            if (sender.isPresent()) {
                queue.record(update.getUpdateId(), sender.getAsLong(), UpdateJson.write(update), clock.instant());
                senders[recorded++] = sender.getAsLong();
            }
        }
        metrics.received(source, recorded);
        for (int i = 0; i < recorded; i++) {
            processor.takeOne(senders[i]);
        }
    }
}
