package org.aanboord.agreements.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.agreements.application.ConflictException;
import org.aanboord.agreements.application.InvalidAgreementException;
import org.aanboord.agreements.application.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems as RFC 9457 problem+json; validation problems each name their place in the agreement document. */
@RestControllerAdvice
class AgreementProblems {

    @ExceptionHandler(InvalidAgreementException.class)
    ProblemDetail invalid(InvalidAgreementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Invalid agreement");
        problem.setProperty("errors", errors(e));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Published versions are immutable");
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    private static List<Map<String, String>> errors(InvalidAgreementException e) {
        return e.violations().stream()
                .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                .toList();
    }
}
