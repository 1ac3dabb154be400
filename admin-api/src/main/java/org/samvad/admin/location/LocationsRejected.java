package org.samvad.admin.location;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A location master with lines that cannot be imported; answered 422 with every such line, and nothing is imported. */
class LocationsRejected extends ErrorResponseException {

    private final List<LocationCsv.LineError> errors;

    LocationsRejected(List<LocationCsv.LineError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
        this.errors = List.copyOf(errors);
    }

    List<LocationCsv.LineError> errors() {
        return errors;
    }

    private static ProblemDetail problem(List<LocationCsv.LineError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                errors.size() + (errors.size() == 1 ? " line" : " lines")
                        + " of the location master cannot be imported; nothing was imported.");
        problem.setTitle("Invalid location master");
        problem.setProperty("errors", errors);
        return problem;
    }
}
