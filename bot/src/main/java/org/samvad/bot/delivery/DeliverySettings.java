package org.samvad.bot.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is sent to Telegram ({@code samvad.bot.delivery.*}).
 *
 * @param rate messages a second across all bot instances; Telegram allows about 30 (up to 1,000 with paid broadcast)
 * @param paidBroadcast sets {@code allow_paid_broadcast} on every sendMessage (Telegram charges Stars per
 *        message beyond the free rate); needed for a {@code rate} above 30
 * @param perChatInterval at most one message per this interval in one chat, after a burst of {@code perChatBurst}
 * @param perChatBurst messages one chat may get at once (a reply and the next question) before the interval applies
 * @param senders how many requests to Telegram this instance has in flight at most
 * @param pollInterval how often the outbox is looked at for messages queued elsewhere (another instance,
 *        the admin API); messages queued here wake the senders at once
 * @param sendTimeout the longest a request to Telegram may take before it counts as failed
 * @param maxAttempts requests for one message before it is given up (5xx, timeouts, dropped connections)
 * @param backoff the wait after the first failed request; doubled each time
 * @param maxBackoff the longest wait between two requests for one message
 * @param sharedLimit keep the global rate in PostgreSQL (Bucket4j), shared by every instance; off, each
 *        instance keeps its own and must be given its share of the rate
 */
public record DeliverySettings(
        @DefaultValue("30") int rate,
        @DefaultValue("false") boolean paidBroadcast,
        @DefaultValue("1s") Duration perChatInterval,
        @DefaultValue("3") int perChatBurst,
        @DefaultValue("8") int senders,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1s") Duration backoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue("true") boolean sharedLimit) {

    /** Telegram's free broadcast limit. */
    public static final int FREE_RATE = 30;
    /** Telegram's limit with paid broadcast. */
    public static final int PAID_RATE = 1000;

    public DeliverySettings {
        if (rate < 1 || rate > PAID_RATE) {
            throw new IllegalArgumentException("samvad.bot.delivery.rate must be between 1 and " + PAID_RATE);
        }
        if (senders < 1 || perChatBurst < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("samvad.bot.delivery senders, per-chat-burst and max-attempts must be positive");
        }
    }

    /** How long a claim lasts: past it, a row still SENDING belonged to a sender that died. */
    public Duration claimLease() {
        return sendTimeout.multipliedBy(2).plusSeconds(1);
    }

    /** The wait before request {@code attempt + 1} after {@code attempt} failed ones. */
    public Duration backoffAfter(int attempt) {
        Duration wait = backoff.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 1)));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** Tokens the global bucket holds at most: a tenth of a second's worth, at least 3. */
    public int globalBurst() {
        return Math.max(3, rate / 10);
    }
}
