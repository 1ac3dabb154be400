package org.samvad.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that was read but cannot be done as asked (a missing or unknown field value,
 * a value out of range); answered 422 with the reason, which never repeats personal data.
 */
public class Unprocessable extends ErrorResponseException {

    public Unprocessable(String title, String reason) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(title, reason), null);
    }

    private static ProblemDetail problem(String title, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reason);
        problem.setTitle(title);
        return problem;
    }
}
