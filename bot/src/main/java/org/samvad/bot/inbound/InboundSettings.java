package org.samvad.bot.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How an instance works through the updates recorded in PostgreSQL.
 *
 * @param threads how many workers' updates this instance processes at once (webhook mode); each
 *        holds two connections, so keep it under half the connection pool
 * @param sweepInterval how often the instance looks for updates nobody is processing (left by an
 *        instance that stopped, or recorded while another instance held their worker)
 * @param stuckAfter how long the oldest waiting update may wait before readiness reports the queue stuck
 */
@ConfigurationProperties("samvad.bot.inbound")
public record InboundSettings(
        @DefaultValue("4") int threads,
        @DefaultValue("1s") Duration sweepInterval,
        @DefaultValue("1m") Duration stuckAfter) {
}
