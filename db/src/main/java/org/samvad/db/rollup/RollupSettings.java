package org.samvad.db.rollup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the roll-ups are folded.
 *
 * @param folding whether this application folds queued changes on a schedule (any
 *        number of applications may; one folds at a time)
 * @param foldInterval the time between two folds, which bounds how stale a summary is
 */
@ConfigurationProperties("samvad.rollups")
public record RollupSettings(
        @DefaultValue("true") boolean folding,
        @DefaultValue("1s") Duration foldInterval) {
}
