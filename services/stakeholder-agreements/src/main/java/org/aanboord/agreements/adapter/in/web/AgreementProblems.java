package org.aanboord.agreements.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.agreements.application.InvalidAgreementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Validation problems as RFC 9457 problem+json, each naming the field in the agreement document. */
@RestControllerAdvice
class AgreementProblems {

    @ExceptionHandler(InvalidAgreementException.class)
    ProblemDetail invalid(InvalidAgreementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Invalid agreement");
        List<Map<String, String>> errors = e.violations().stream()
                .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
