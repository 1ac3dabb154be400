package org.samvad.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** A request body over {@link AdminApiSettings#maxBodySize()} (or {@code maxCsvSize}); answered 413. */
class PayloadTooLarge extends ErrorResponseException {

    PayloadTooLarge(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, problem(limit), null);
    }

    private static ProblemDetail problem(DataSize limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + limit.toBytes() + " bytes.");
        problem.setTitle("Content too large");
        return problem;
    }
}
