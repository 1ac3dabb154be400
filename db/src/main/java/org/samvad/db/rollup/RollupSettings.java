package org.samvad.db.rollup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the roll-ups are folded.
 *
 * @param folding whether this application folds queued changes on a schedule (any
 *        number of applications may; one folds at a time)
 * @param foldInterval the least time from the end of one fold to the start of the next:
 *        while folds are quick, how stale a summary is
 * @param foldIntervalMax the longest time from one fold to the next, however long the last
 *        one took: how stale a summary can get while answers pour in
 * @param foldShare the share of the time folds may take: after a fold that took {@code t},
 *        the next one waits {@code t * (1 / foldShare - 1)} (within the two bounds above),
 *        so that under a heavy load each fold takes more answers at once, which costs less
 *        per answer
 */
@ConfigurationProperties("samvad.rollups")
public record RollupSettings(
        @DefaultValue("true") boolean folding,
        @DefaultValue("1s") Duration foldInterval,
        @DefaultValue("5s") Duration foldIntervalMax,
        @DefaultValue("0.25") double foldShare) {

    public RollupSettings {
        if (foldInterval.isNegative() || foldInterval.isZero() || foldIntervalMax.compareTo(foldInterval) < 0) {
            throw new IllegalArgumentException("samvad.rollups.fold-interval must be positive and at most "
                    + "samvad.rollups.fold-interval-max");
        }
        if (!(foldShare > 0 && foldShare <= 1)) {
            throw new IllegalArgumentException("samvad.rollups.fold-share must be more than 0 and at most 1");
        }
    }
}
