package org.samvad.admin.roster;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A roster with lines that cannot be imported; answered 422 with every such line and
 * why, and nothing is imported. The reasons never hold a phone number or a name.
 */
class RosterRejected extends ErrorResponseException {

    RosterRejected(List<LineError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
    }

    /** A line of the CSV (the header is line 1) and what is wrong with it. */
    record LineError(long line, String message) {
    }

    private static ProblemDetail problem(List<LineError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                errors.size() + (errors.size() == 1 ? " line" : " lines")
                        + " of the roster cannot be imported; nothing was imported.");
        problem.setTitle("Invalid roster");
        problem.setProperty("errors", errors);
        return problem;
    }
}
