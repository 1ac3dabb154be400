package org.samvad.bot.delivery;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The global send rate, a Bucket4j token bucket: {@code rate} tokens a second, holding
 * a tenth of a second's worth. Shared, it lives in PostgreSQL ({@code delivery_bucket},
 * one row per configured rate) through Bucket4j's select-for-update proxy manager, so
 * every bot instance draws from the same bucket; a sender takes the tokens for a whole
 * batch in one transaction, about ten a second at full rate. A 429 is charged to the
 * bucket as debt: every sender, on every instance, waits out {@code retry_after}.
 */
class GlobalLimit {

    private final Bucket bucket;
    private final int rate;
    private volatile Instant pausedUntil = Instant.EPOCH;

    private GlobalLimit(Bucket bucket, int rate) {
        this.bucket = bucket;
        this.rate = rate;
    }

    /** A bucket for this instance alone. */
    static GlobalLimit local(DeliverySettings settings) {
        return new GlobalLimit(Bucket.builder().addLimit(bandwidth(settings)).build(), settings.rate());
    }

    /** A bucket shared through PostgreSQL with every instance configured for the same rate. */
    static GlobalLimit shared(DataSource dataSource, DeliverySettings settings) {
        var proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).table("delivery_bucket").build();
        BucketConfiguration configuration = BucketConfiguration.builder().addLimit(bandwidth(settings)).build();
        return new GlobalLimit(proxies.builder().build((long) settings.rate(), () -> configuration), settings.rate());
    }

    private static io.github.bucket4j.Bandwidth bandwidth(DeliverySettings settings) {
        return BandwidthBuilder.builder().capacity(settings.globalBurst())
                .refillGreedy(settings.rate(), Duration.ofSeconds(1)).initialTokens(settings.globalBurst()).build();
    }

    /** Takes as many tokens as are there, up to {@code max}. */
    long take(long max) {
        return max <= 0 ? 0 : bucket.tryConsumeAsMuchAsPossible(max);
    }

    /** Returns tokens taken for messages that were not there to send. */
    void giveBack(long tokens) {
        if (tokens > 0) {
            bucket.addTokens(tokens);
        }
    }

    /** Roughly how long until the next token. */
    Duration untilNextToken() {
        return Duration.ofNanos(Math.max(1_000_000L, 1_000_000_000L / rate));
    }

    /**
     * Telegram answered 429 with {@code retry_after}: puts the bucket that many seconds
     * in debt, unless an earlier 429 already did (several requests in flight are often
     * answered 429 together).
     */
    void throttled(int retryAfterSeconds, Instant now) {
        Instant until = now.plusSeconds(Math.max(1, retryAfterSeconds));
        synchronized (this) {
            if (!until.isAfter(pausedUntil)) {
                return;
            }
            long seconds = Duration.between(pausedUntil.isAfter(now) ? pausedUntil : now, until).toMillis();
            pausedUntil = until;
            long debt = Math.max(1, seconds * rate / 1000);
            bucket.consumeIgnoringRateLimits(debt + Math.max(0, bucket.getAvailableTokens()));
        }
    }
}
