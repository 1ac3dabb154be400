package org.samvad.admin.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.samvad.admin.NotFoundException;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.ApiTokenRepository;
import org.samvad.db.access.Role;
import org.samvad.db.location.Location;
import org.samvad.db.location.LocationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues, lists and revokes admin API tokens. */
@Service
class Tokens {

    /** The most states and districts one token covers. */
    static final int MAX_SCOPE = 100;

    private final ApiTokenRepository tokens;
    private final LocationRepository locations;
    private final Clock clock;

    Tokens(ApiTokenRepository tokens, LocationRepository locations, Clock clock) {
        this.tokens = tokens;
        this.locations = locations;
        this.clock = clock;
    }

    /**
     * A new token, stored by its hash; its value is in the result and nowhere else.
     *
     * @param scope codes of states and districts; empty or null for everything (admins only)
     * @throws TokenRequestRejected for an unknown role or location, or a scope that does not fit the role
     */
    @Transactional
    ApiToken.Issued issue(String name, String role, List<String> scope) {
        ApiToken.Issued issued;
        try {
            issued = ApiToken.issue(name, role(role), locations(scope == null ? List.of() : scope), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new TokenRequestRejected(e.getMessage() + ".");
        }
        return new ApiToken.Issued(tokens.save(issued.token()), issued.value());
    }

    @Transactional(readOnly = true)
    List<ApiToken> all() {
        return tokens.findAllByOrderByIdAsc();
    }

    @Transactional(readOnly = true)
    ApiToken one(long id) {
        return tokens.findById(id).orElseThrow(() -> new NotFoundException("No token has the id " + id + "."));
    }

    /** Revokes a token; revoking a revoked token changes nothing. */
    @Transactional
    void revoke(long id) {
        ApiToken token = one(id);
        if (!token.isRevoked()) {
            tokens.save(token.revoke(clock.instant()));
        }
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TokenRequestRejected("A token's role is admin, coordinator or observer.");
        }
    }

    private List<Location> locations(List<String> codes) {
        if (codes.size() > MAX_SCOPE) {
            throw new TokenRequestRejected("A token covers at most " + MAX_SCOPE + " states or districts.");
        }
        if (codes.stream().anyMatch(code -> code == null || code.isBlank())) {
            throw new TokenRequestRejected("A scope lists location codes such as BR or BR-KAI.");
        }
        Map<String, Location> found = locations.findAllById(codes).stream()
                .collect(Collectors.toMap(Location::code, Function.identity()));
        List<String> unknown = codes.stream().filter(code -> !found.containsKey(code)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new TokenRequestRejected("No location has the code " + unknown.stream()
                    .map(code -> "'" + code + "'").collect(Collectors.joining(", ")) + ".");
        }
        return codes.stream().distinct().map(found::get).toList();
    }
}
