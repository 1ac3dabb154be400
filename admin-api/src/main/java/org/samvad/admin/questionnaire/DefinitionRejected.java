package org.samvad.admin.questionnaire;

import java.util.List;
import org.samvad.db.questionnaire.definition.DefinitionError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A posted definition has errors; answered 422 with every error's line, column and message. */
class DefinitionRejected extends ErrorResponseException {

    DefinitionRejected(List<DefinitionError> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(errors), null);
    }

    private static ProblemDetail problem(List<DefinitionError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the questionnaire definition");
        problem.setTitle("Invalid questionnaire definition");
        problem.setProperty("errors", errors);
        return problem;
    }
}
