package org.samvad.bot.chat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.samvad.bot.BotSettings;
import org.springframework.stereotype.Component;

/**
 * How many messages the bot reads from one worker in a while, with a Bucket4j token
 * bucket per Telegram user, in this bot instance's memory. The first message over the
 * limit gets one note; the ones after it, until the bucket refills, get nothing.
 */
@Component
class MessageRateLimit {

    /** Buckets are swept of the workers who have gone quiet after this many new ones. */
    static final int SWEEP_EVERY = 10_000;

    private final ConcurrentMap<Long, Allowance> allowances = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final Bandwidth limit;

    MessageRateLimit(BotSettings settings) {
        this.limit = Bandwidth.builder().capacity(settings.rateLimitMessages())
                .refillGreedy(settings.rateLimitMessages(), settings.rateLimitPeriod()).build();
    }

    /** What to do with one more message from this worker. */
    Verdict take(long telegramUserId) {
        Allowance allowance = allowances.get(telegramUserId);
        if (allowance == null) {
            if (created.incrementAndGet() % SWEEP_EVERY == 0) {
                sweep();
            }
            allowance = allowances.computeIfAbsent(telegramUserId,
                    id -> new Allowance(Bucket.builder().addLimit(limit).build(), new AtomicBoolean()));
        }
        if (allowance.bucket().tryConsume(1)) {
            allowance.noted().set(false);
            return Verdict.READ;
        }
        return allowance.noted().compareAndSet(false, true) ? Verdict.NOTE : Verdict.DROP;
    }

    private void sweep() {
        allowances.values().removeIf(a -> a.bucket().getAvailableTokens() >= limit.getCapacity());
    }

    /** Read the message; say once that it is not read; or drop it silently. */
    enum Verdict {
        READ, NOTE, DROP
    }

    private record Allowance(Bucket bucket, AtomicBoolean noted) {
    }
}
