package org.samvad.db.access;

import java.time.Instant;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.jdbc.core.mapping.AggregateReference;

/**
 * One entry in the admin API's audit trail: at what time which token did what to what,
 * and how the request ended. The token's name is copied so that the trail reads on its
 * own. {@code target} says what was asked for (a location code and questionnaire, a
 * token, a questionnaire version); null when there is nothing to name. {@code outcome}
 * is the HTTP status, null while the request is being answered (or when it never was).
 */
public record AuditEvent(
        @Id Long id,
        Instant at,
        AggregateReference<ApiToken, Long> tokenId,
        String tokenName,
        String action,
        String target,
        Integer outcome) {

    /** The longest target stored; longer ones are cut. */
    public static final int MAX_TARGET_LENGTH = 500;

    /** An event for a request that is about to be answered; its outcome comes with {@link #ended}. */
    public static AuditEvent begin(ApiToken token, String action, String target, Instant now) {
        Objects.requireNonNull(token.id(), "a stored token");
        return new AuditEvent(null, Objects.requireNonNull(now, "now"), AggregateReference.to(token.id()),
                token.name(), Objects.requireNonNull(action, "action"), cut(target), null);
    }

    /** This event with the HTTP status its request ended with. */
    public AuditEvent ended(int status) {
        return new AuditEvent(id, at, tokenId, tokenName, action, target, status);
    }

    /**
     * This event with the HTTP status its request ended with and a target known only at
     * the end (what the request created).
     */
    public AuditEvent ended(int status, String finalTarget) {
        return new AuditEvent(id, at, tokenId, tokenName, action, cut(finalTarget), status);
    }

    /** A target as it is stored: cut to {@link #MAX_TARGET_LENGTH}. */
    public static String storedTarget(String target) {
        return cut(target);
    }

    private static String cut(String target) {
        return target == null || target.length() <= MAX_TARGET_LENGTH ? target : target.substring(0, MAX_TARGET_LENGTH);
    }
}
