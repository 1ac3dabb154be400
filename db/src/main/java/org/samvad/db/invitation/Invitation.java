package org.samvad.db.invitation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.samvad.db.location.Location;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A code that admits workers to one booth, sent as a Telegram deep link
 * ({@code t.me/<bot>?start=<code>}). A per-booth link admits any number of workers
 * ({@code maxUses} null); a per-worker link admits one ({@code maxUses} 1). A code
 * admits until it expires ({@code expiresAt}, null for never), is revoked, or is used
 * up. Codes are random, so that nobody guesses one.
 */
public class Invitation {

    /** Telegram's limit for a deep link's argument. */
    public static final int MAX_CODE_LENGTH = 64;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE_LENGTH + "}");
    private static final int RANDOM_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private final String code;
    private final String boothCode;
    private final Integer maxUses;
    private int uses;
    private final Instant expiresAt;
    private Instant revokedAt;
    private final String createdBy;
    private final Instant createdAt;
    @Version
    private Integer version;

    Invitation(String code, String boothCode, Integer maxUses, int uses, Instant expiresAt, Instant revokedAt,
            String createdBy, Instant createdAt, Integer version) {
        this.code = code;
        this.boothCode = boothCode;
        this.maxUses = maxUses;
        this.uses = uses;
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * A new invitation with a random code of 16 URL-safe characters.
     *
     * @param maxUses how many workers it admits; null for any number
     * @param expiresAt when it stops admitting; null for never
     * @param createdBy who created it, as free text; may be null
     * @throws IllegalArgumentException when the location is not a booth or {@code maxUses} is below 1
     */
    public static Invitation create(Location booth, Integer maxUses, Instant expiresAt, String createdBy,
            Instant now) {
        if (!booth.isBooth()) {
            throw new IllegalArgumentException("An invitation admits to a booth, not to a " + booth.level());
        }
        if (maxUses != null && maxUses < 1) {
            throw new IllegalArgumentException("An invitation admits at least one worker");
        }
        return new Invitation(newCode(), booth.code(), maxUses, 0, expiresAt, null, createdBy, now, null);
    }

    /** A link for every worker of a booth. */
    public static Invitation forBooth(Location booth, Instant expiresAt, String createdBy, Instant now) {
        return create(booth, null, expiresAt, createdBy, now);
    }

    /** A link for one worker: it admits once. */
    public static Invitation forOneWorker(Location booth, Instant expiresAt, String createdBy, Instant now) {
        return create(booth, 1, expiresAt, createdBy, now);
    }

    /** Whether a text has the form of a code; anything else need not be looked up. */
    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Why this invitation cannot admit a worker now; empty when it can. */
    public Optional<Refusal> refusal(Instant now) {
        if (revokedAt != null) {
            return Optional.of(Refusal.REVOKED);
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return Optional.of(Refusal.EXPIRED);
        }
        if (maxUses != null && uses >= maxUses) {
            return Optional.of(Refusal.USED_UP);
        }
        return Optional.empty();
    }

    /**
     * Admits one worker, counting the use.
     *
     * @throws InvitationRefusedException when the invitation is revoked, expired or used up
     */
    public void admit(Instant now) {
        Optional<Refusal> refusal = refusal(now);
        if (refusal.isPresent()) {
            throw new InvitationRefusedException(refusal.get());
        }
        uses++;
    }

    /**
     * Stops the invitation from admitting anyone more; workers it admitted stay.
     *
     * @throws IllegalStateException when it is revoked already
     */
    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw new IllegalStateException("The invitation is revoked already");
        }
        revokedAt = Objects.requireNonNull(now, "now");
    }

    public String getCode() {
        return code;
    }

    public String getBoothCode() {
        return boothCode;
    }

    /** Null: any number of workers. */
    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }

    /** Null: never expires. */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Null unless revoked. */
    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** Null when not given. */
    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Invitation[booth=" + boothCode + ", uses=" + uses + "/" + (maxUses == null ? "any" : maxUses) + "]";
    }

    private static String newCode() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why an invitation no longer admits. */
    public enum Refusal {
        EXPIRED, REVOKED, USED_UP
    }
}
