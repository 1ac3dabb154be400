package org.samvad.admin.access;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.samvad.db.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A known token that may not do what it asks: its role does not allow the endpoint,
 * the location is outside its scope, or the endpoint has no access rule. Answered 403
 * saying which; it names only the caller's own role and scope.
 */
class Forbidden extends ErrorResponseException {

    private Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    static Forbidden role(Role role, Role[] allowed) {
        String roles = Arrays.stream(allowed).map(Forbidden::name).collect(Collectors.joining(", "));
        return new Forbidden("This endpoint is for " + roles + " tokens; this is " + article(role) + " token.");
    }

    static Forbidden outOfScope(String locationCode, List<String> scope) {
        return new Forbidden("Location '" + locationCode + "' is outside this token's scope ("
                + String.join(", ", scope) + ").");
    }

    static Forbidden noRule() {
        return new Forbidden("This endpoint has no access rule, so no token may use it.");
    }

    private static String article(Role role) {
        return (role == Role.ADMIN || role == Role.OBSERVER ? "an " : "a ") + name(role);
    }

    private static String name(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        return problem;
    }
}
