package org.samvad.db.observer;

import java.time.Instant;
import java.util.List;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A Telegram user an admin has made an observer (पर्यवेक्षक) for one or more districts.
 * In the bot an observer issues invitation links for booths in those districts. A
 * revoked observer is an ordinary user again.
 */
public class Observer {

    @Id
    private Long id;
    private final long telegramUserId;
    private final String name;
    private final List<String> districtCodes;
    private final Instant createdAt;
    private Instant revokedAt;
    @Version
    private Integer version;

    Observer(Long id, long telegramUserId, String name, List<String> districtCodes, Instant createdAt,
            Instant revokedAt, Integer version) {
        this.id = id;
        this.telegramUserId = telegramUserId;
        this.name = name;
        this.districtCodes = List.copyOf(districtCodes);
        this.createdAt = createdAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    /**
     * A new observer for the given districts.
     *
     * @throws IllegalArgumentException when a location is not a district, or there is none
     */
    public static Observer appoint(long telegramUserId, String name, List<Location> districts, Instant now) {
        if (districts.isEmpty() || districts.stream().anyMatch(d -> d.level() != LocationLevel.DISTRICT)) {
            throw new IllegalArgumentException("An observer is appointed for one or more districts");
        }
        return new Observer(null, telegramUserId, name, districts.stream().map(Location::code).toList(), now, null,
                null);
    }

    /** Whether this observer may act at a location: it lies in one of their districts. */
    public boolean covers(Location location) {
        return !isRevoked() && location.districtCode() != null && districtCodes.contains(location.districtCode());
    }

    /**
     * Ends the appointment.
     *
     * @throws IllegalStateException when it has ended already
     */
    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("The observer is revoked already");
        }
        revokedAt = now;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getTelegramUserId() {
        return telegramUserId;
    }

    /** The observer's name; personal data, never logged. */
    public String getName() {
        return name;
    }

    public List<String> getDistrictCodes() {
        return districtCodes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Null while the observer is appointed. */
    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String toString() {
        return "Observer[id=" + id + ", districts=" + districtCodes + ", revoked=" + isRevoked() + "]";
    }
}
