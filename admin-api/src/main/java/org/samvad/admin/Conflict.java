package org.samvad.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request that clashes with what is stored (e.g. a Telegram user who is an observer already); answered 409. */
public class Conflict extends ErrorResponseException {

    public Conflict(String reason) {
        super(HttpStatus.CONFLICT, problem(reason), null);
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("Conflict");
        return problem;
    }
}
