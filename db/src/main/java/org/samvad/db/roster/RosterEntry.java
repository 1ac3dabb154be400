package org.samvad.db.roster;

import java.time.Instant;
import java.util.Objects;
import org.samvad.db.location.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A worker on the imported roster: a worker who shares this phone number with the bot
 * joins at this booth under this name. The phone is the ten-digit form of
 * {@link IndianMobile}; the name may be null, and the bot then asks for it.
 */
public class RosterEntry {

    @Id
    private final String phone;
    private String name;
    private String boothCode;
    private Instant importedAt;
    @Version
    private Integer version;

    RosterEntry(String phone, String name, String boothCode, Instant importedAt, Integer version) {
        this.phone = phone;
        this.name = name;
        this.boothCode = boothCode;
        this.importedAt = importedAt;
        this.version = version;
    }

    /**
     * A new entry.
     *
     * @param phone in any form {@link IndianMobile#normalise} reads
     * @throws IllegalArgumentException when the phone is not an Indian mobile number or the location not a booth
     */
    public static RosterEntry of(String phone, String name, Location booth, Instant now) {
        String mobile = IndianMobile.normalise(phone)
                .orElseThrow(() -> new IllegalArgumentException("Not an Indian mobile number"));
        RosterEntry entry = new RosterEntry(mobile, null, null, now, null);
        entry.reimport(name, booth, now);
        return entry;
    }

    /**
     * Takes the name and booth of a newer import.
     *
     * @throws IllegalArgumentException when the location is not a booth
     */
    public void reimport(String newName, Location booth, Instant now) {
        if (!booth.isBooth()) {
            throw new IllegalArgumentException("A roster entry is at a booth, not at a " + booth.level());
        }
        this.name = newName == null || newName.isBlank() ? null : newName.strip().replaceAll("\\s+", " ");
        this.boothCode = booth.code();
        this.importedAt = Objects.requireNonNull(now, "now");
    }

    public String getPhone() {
        return phone;
    }

    /** Null when the roster had no name. */
    public String getName() {
        return name;
    }

    public String getBoothCode() {
        return boothCode;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    @Override
    public String toString() {
        return "RosterEntry[phone=" + IndianMobile.masked(phone) + ", booth=" + boothCode + "]";
    }
}
