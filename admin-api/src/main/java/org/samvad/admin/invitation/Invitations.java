package org.samvad.admin.invitation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.samvad.admin.NotFoundException;
import org.samvad.admin.Unprocessable;
import org.samvad.admin.access.CurrentCaller;
import org.samvad.db.invitation.Invitation;
import org.samvad.db.invitation.InvitationRepository;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes invitations for admins and for observers within their
 * tokens' scope. An invitation records the name of the token that created it.
 */
@Service
class Invitations {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 90;
    private static final String REJECTED = "Invalid invitation request";

    private final InvitationRepository invitations;
    private final LocationRepository locations;
    private final CurrentCaller caller;
    private final Clock clock;

    Invitations(InvitationRepository invitations, LocationRepository locations, CurrentCaller caller, Clock clock) {
        this.invitations = invitations;
        this.locations = locations;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * A new invitation to a booth, by the calling token.
     *
     * @param kind {@code booth} (any number of workers) or {@code worker} (one)
     * @param expiresInDays 1 to 90; null for 7
     * @throws Unprocessable for a missing or unknown kind, days out of range, or a location that is not a booth
     */
    @Transactional
    Invitation create(String boothCode, String kind, Integer expiresInDays) {
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw new Unprocessable(REJECTED, "'expiresInDays' is between 1 and " + MAX_DAYS + ".");
        }
        Kind chosen = Kind.of(kind);
        if (boothCode == null || boothCode.isBlank()) {
            throw new Unprocessable(REJECTED, "'booth' is the code of a booth, such as BR-KAI-203-001.");
        }
        Location booth = location(boothCode);
        if (!booth.isBooth()) {
            throw new Unprocessable(REJECTED, "'" + boothCode + "' is not a booth; an invitation admits to a booth.");
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        String createdBy = caller.token().name();
        return invitations.save(chosen == Kind.WORKER ? Invitation.forOneWorker(booth, expiresAt, createdBy, now)
                : Invitation.forBooth(booth, expiresAt, createdBy, now));
    }

    /** The invitations to one booth ({@code boothCode}) or within a location of any level, newest first. */
    @Transactional(readOnly = true)
    List<Invitation> list(String boothCode, String locationCode) {
        if ((boothCode == null) == (locationCode == null)) {
            throw new IllegalArgumentException("Give exactly one of 'booth', 'location'.");
        }
        if (boothCode != null) {
            if (!location(boothCode).isBooth()) {
                throw new IllegalArgumentException("'booth' names a booth; use 'location' for a wider area.");
            }
            return invitations.findByBoothCodeOrderByCreatedAtDesc(boothCode);
        }
        location(locationCode);
        return invitations.findWithin(locationCode);
    }

    /** One invitation, if its booth is in the caller's scope. */
    @Transactional(readOnly = true)
    Invitation one(String code) {
        Invitation invitation = invitations.findById(code)
                .orElseThrow(() -> new NotFoundException("No invitation has the code '" + code + "'."));
        caller.requireScope(location(invitation.getBoothCode()));
        return invitation;
    }

    /** Revokes an invitation in the caller's scope; revoking a revoked one changes nothing. */
    @Transactional
    void revoke(String code) {
        Invitation invitation = one(code);
        if (invitation.getRevokedAt() == null) {
            invitation.revoke(clock.instant());
            invitations.save(invitation);
        }
    }

    private Location location(String code) {
        return locations.findById(code)
                .orElseThrow(() -> new NotFoundException("No location has the code '" + code + "'."));
    }

    /** Whom an invitation admits. */
    enum Kind {
        /** Any number of workers of the booth. */
        BOOTH,
        /** One worker. */
        WORKER;

        static Kind of(String kind) {
            try {
                return valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Unprocessable(REJECTED, "'kind' is booth (any number of workers) or worker (one).");
            }
        }

        static Kind of(Invitation invitation) {
            return invitation.getMaxUses() == null ? BOOTH : WORKER;
        }

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
