package org.samvad.bot.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the bot keeps its own bookkeeping ({@code samvad.retention.*}). Answers,
 * runs, workers and campaigns are not touched.
 *
 * @param updateIds how long a processed Telegram update id is kept to recognise a redelivery
 *        (Telegram redelivers for at most a day)
 * @param replies how long a reply that was delivered, or given up on, stays in the outbox
 * @param interval how often old rows are looked for
 */
@ConfigurationProperties("samvad.retention")
public record RetentionSettings(
        @DefaultValue("2d") Duration updateIds,
        @DefaultValue("14d") Duration replies,
        @DefaultValue("1h") Duration interval) {

    /** @throws IllegalArgumentException for an update-id retention under the day Telegram redelivers in */
    public RetentionSettings {
        if (updateIds.compareTo(Duration.ofDays(1)) < 0) {
            throw new IllegalArgumentException("samvad.retention.update-ids must be at least 1d: Telegram "
                    + "redelivers an update for up to a day");
        }
        if (replies.isNegative() || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("samvad.retention.replies and .interval must be positive");
        }
    }
}
