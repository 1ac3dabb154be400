package org.samvad.db.campaign;

import java.time.Instant;

/**
 * What a campaign would take, before it is made: the workers it reaches, the rate its
 * invitations go at, the broadcast messages already queued ahead of it, and when the
 * last invitation should have gone out (quiet hours included).
 */
public record Preflight(long workers, int messagesPerSecond, long queuedAhead, Instant estimatedCompletion) {
}
