package org.samvad.admin.access;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.samvad.db.access.ApiToken;
import org.samvad.db.access.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Admins issue tokens for coordinators, observers and other admins, list them and
 * revoke them. A token's value is in the response that issues it and never again.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenController {

    private final Tokens tokens;

    TokenController(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Issues a token: 201 with its value, shown this once; 422 when the request does not fit. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(roles = Role.ADMIN, audit = "token.create")
    ResponseEntity<IssuedJson> create(@RequestBody TokenRequest request) {
        ApiToken.Issued issued = tokens.issue(request.name(), request.role(), request.scope());
        URI location = UriComponentsBuilder.fromPath("/api/tokens/{id}").buildAndExpand(issued.token().id()).toUri();
        return ResponseEntity.created(location).cacheControl(CacheControl.noStore())
                .body(IssuedJson.of(issued));
    }

    @GetMapping
    @Access(roles = Role.ADMIN)
    List<TokenJson> list() {
        return tokens.all().stream().map(TokenJson::of).toList();
    }

    @GetMapping("/{id}")
    @Access(roles = Role.ADMIN)
    TokenJson token(@PathVariable long id) {
        return TokenJson.of(tokens.one(id));
    }

    /** Revokes a token (204); from then on it is answered 401. */
    @DeleteMapping("/{id}")
    @Access(roles = Role.ADMIN, audit = "token.revoke")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * A token to issue.
     *
     * @param role admin, coordinator or observer (any case)
     * @param scope codes of the states and districts it covers; empty or absent for everything (admins only)
     */
    record TokenRequest(String name, String role, List<String> scope) {
    }

    /** A token as listed: never its value or hash. {@code scope} is empty for a token that covers everything. */
    record TokenJson(long id, String name, Role role, List<String> scope, Instant createdAt, Instant revokedAt) {

        static TokenJson of(ApiToken token) {
            return new TokenJson(token.id(), token.name(), token.role(), token.scope(), token.createdAt(),
                    token.revokedAt());
        }
    }

    /** A token just issued, with its value ({@code token}): the only response that holds it. */
    record IssuedJson(long id, String name, Role role, List<String> scope, Instant createdAt, String token) {

        static IssuedJson of(ApiToken.Issued issued) {
            ApiToken token = issued.token();
            return new IssuedJson(token.id(), token.name(), token.role(), token.scope(), token.createdAt(),
                    issued.value());
        }

        /** Without the value, so that it never reaches a log. */
        @Override
        public String toString() {
            return "IssuedJson[id=" + id + ", name=" + name + "]";
        }
    }
}
