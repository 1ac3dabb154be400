package org.samvad.db.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationLevel;
import org.springframework.data.annotation.Id;

/**
 * A bearer token for the admin API. Only the SHA-256 of its value is stored: the value
 * is shown once, when the token is issued, and is never stored or logged. {@code scope}
 * holds the codes of the states and districts it covers; it is empty only for an
 * admin token, which then covers everything. {@code revokedAt} is null until the token
 * is revoked, and a revoked token is never accepted again.
 */
public record ApiToken(
        @Id Long id,
        String name,
        Role role,
        List<String> scope,
        String tokenHash,
        Instant createdAt,
        Instant revokedAt) {

    /** The longest name a token can have. */
    public static final int MAX_NAME_LENGTH = 100;
    /** The shortest value a configured token ({@code SAMVAD_ADMIN_TOKEN}) may have. */
    public static final int MIN_VALUE_LENGTH = 32;
    private static final int MAX_VALUE_LENGTH = 256;
    /** RFC 6750's b64token: the characters a bearer token can be sent with. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final String PREFIX = "samvad_";
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiToken {
        scope = List.copyOf(scope == null ? List.of() : scope);
    }

    /**
     * A new token with a random value of 256 bits, not yet stored.
     *
     * @param scope the states and districts it covers; empty (for an admin only) for everything
     * @throws IllegalArgumentException for a blank or long name, a scope with a location that is
     *     not a state or a district, or an empty scope for a coordinator or an observer
     */
    public static Issued issue(String name, Role role, List<Location> scope, Instant now) {
        for (Location location : scope) {
            if (location.level() != LocationLevel.STATE && location.level() != LocationLevel.DISTRICT) {
                throw new IllegalArgumentException("A token covers states and districts, not " + location.code());
            }
        }
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        return new Issued(create(name, role, scope.stream().map(Location::code).toList(), value, now), value);
    }

    /**
     * The admin token for a value chosen by the operator ({@code SAMVAD_ADMIN_TOKEN}),
     * covering everything.
     *
     * @throws IllegalArgumentException when the value is not {@link #isAcceptableValue acceptable}
     */
    public static ApiToken configuredAdmin(String name, String value, Instant now) {
        if (!isAcceptableValue(value)) {
            throw new IllegalArgumentException("A configured token has at least " + MIN_VALUE_LENGTH
                    + " characters, all of A-Z a-z 0-9 . _ ~ + / - (and = at the end)");
        }
        return create(name, Role.ADMIN, List.of(), value, now);
    }

    private static ApiToken create(String name, Role role, List<String> scope, String value, Instant now) {
        Objects.requireNonNull(role, "role");
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A token's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (scope.isEmpty() && role != Role.ADMIN) {
            throw new IllegalArgumentException("Only an admin token covers everything; give a " + role
                    + " token the states or districts it covers");
        }
        return new ApiToken(null, trimmed, role, scope.stream().distinct().toList(), hash(value),
                Objects.requireNonNull(now, "now"), null);
    }

    /** Whether a configured value is long enough and can be sent as a bearer token. */
    public static boolean isAcceptableValue(String value) {
        return isWellFormed(value) && value.length() >= MIN_VALUE_LENGTH;
    }

    /** Whether a presented value has the form of a bearer token; anything else need not be looked up. */
    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= MAX_VALUE_LENGTH && VALUE.matcher(value).matches();
    }

    /** The SHA-256 of a token's value in lower-case hex, as stored and looked up. */
    public static String hash(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /**
     * This token, revoked: it is never accepted again.
     *
     * @throws IllegalStateException when it is revoked already
     */
    public ApiToken revoke(Instant now) {
        if (isRevoked()) {
            throw new IllegalStateException("Token " + id + " is revoked already");
        }
        return new ApiToken(id, name, role, scope, tokenHash, createdAt, Objects.requireNonNull(now, "now"));
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether the token covers every location (an admin token without a scope). */
    public boolean coversEverything() {
        return scope.isEmpty();
    }

    /** Whether the token covers a location: its code, its state's or its district's is in the scope. */
    public boolean covers(Location location) {
        return coversEverything() || scope.contains(location.code()) || scope.contains(location.stateCode())
                || (location.districtCode() != null && scope.contains(location.districtCode()));
    }

    /** Without the hash, so that it never reaches a log. */
    @Override
    public String toString() {
        return "ApiToken[id=" + id + ", name=" + name + ", role=" + role + ", scope=" + scope
                + (isRevoked() ? ", revoked" : "") + "]";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A token just issued, with its value: the only time the value is known. */
    public record Issued(ApiToken token, String value) {

        /** Without the value, so that it never reaches a log. */
        @Override
        public String toString() {
            return "Issued[" + token + "]";
        }
    }
}
