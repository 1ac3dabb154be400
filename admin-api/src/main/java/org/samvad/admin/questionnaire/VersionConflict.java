package org.samvad.admin.questionnaire;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request that the version's state does not allow: replacing a version that is not
 * a draft, or a lifecycle step out of order. Answered 409 with the reason.
 */
class VersionConflict extends ErrorResponseException {

    VersionConflict(String reason) {
        super(HttpStatus.CONFLICT, problem(reason), null);
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("Conflict");
        return problem;
    }
}
