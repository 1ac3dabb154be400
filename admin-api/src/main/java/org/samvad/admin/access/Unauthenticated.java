package org.samvad.admin.access;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request without a usable token: none, not a bearer token, or unknown or revoked.
 * Answered 401 with a {@code WWW-Authenticate: Bearer} challenge (RFC 6750). The
 * detail never repeats what was sent.
 */
class Unauthenticated extends ErrorResponseException {

    private static final String REALM = "Bearer realm=\"samvad\"";

    private Unauthenticated(String detail, String challenge) {
        super(HttpStatus.UNAUTHORIZED, problem(detail), null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }

    static Unauthenticated missing() {
        return new Unauthenticated("This API needs a token: send 'Authorization: Bearer <token>'.", REALM);
    }

    static Unauthenticated malformed() {
        return new Unauthenticated("The Authorization header does not hold a bearer token.",
                REALM + ", error=\"invalid_request\"");
    }

    static Unauthenticated invalid() {
        return new Unauthenticated("The token is unknown or revoked.", REALM + ", error=\"invalid_token\"");
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        return problem;
    }
}
