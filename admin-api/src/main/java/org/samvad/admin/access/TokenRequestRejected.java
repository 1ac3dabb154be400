package org.samvad.admin.access;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A token request that cannot be issued (no name, unknown role, a scope that does not fit); answered 422. */
class TokenRequestRejected extends ErrorResponseException {

    TokenRequestRejected(String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(reason), null);
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reason);
        problem.setTitle("Invalid token request");
        return problem;
    }
}
