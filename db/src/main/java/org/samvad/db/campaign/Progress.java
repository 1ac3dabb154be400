package org.samvad.db.campaign;

import java.time.Instant;

/**
 * How far a campaign has come. Invitations: {@code targeted} queued, of which
 * {@code sent}, {@code failed}, {@code unreachable} (the worker blocked the bot),
 * {@code pending} (not yet sent) and {@code withdrawn} (never sent: the campaign was
 * closed first); {@code reminded} workers got their reminder. Runs:
 * {@code started} workers pressed start, {@code respondents} answered at least one
 * question, {@code completed} confirmed their answers. {@code estimatedCompletion} is
 * when the last invitation should go out (or went out); null when none was queued.
 */
public record Progress(long targeted, long sent, long failed, long unreachable, long pending, long withdrawn,
        long reminded,
        long started, long respondents, long completed, Instant estimatedCompletion) {

    /** Respondents per worker invited; 0 when nobody was. */
    public double responseRate() {
        return targeted == 0 ? 0 : (double) respondents / targeted;
    }
}
