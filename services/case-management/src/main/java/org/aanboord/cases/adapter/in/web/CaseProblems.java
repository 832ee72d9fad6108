package org.aanboord.cases.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.aanboord.cases.application.CaseNotFoundException;
import org.aanboord.cases.application.StaleCaseException;
import org.aanboord.cases.domain.CaseRuleViolation;
import org.aanboord.cases.domain.IllegalTransitionException;
import org.aanboord.cases.domain.NotOnCaseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import tools.jackson.core.JacksonException;

/** Errors as RFC 9457 problem+json, naming the field that was wrong; ahead of Boot's generic problem handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail notFound(CaseNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Case not found", "caseId", e.getMessage());
    }

    @ExceptionHandler(NotOnCaseException.class)
    ProblemDetail notOnCase(NotOnCaseException e) {
        return problem(HttpStatus.NOT_FOUND, "Not on this case", e.field(), e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Transition not allowed", "to", e.getMessage());
        problem.setProperty("currentState", e.from());
        problem.setProperty("allowedNextStates", e.allowed().stream().sorted().toList());
        return problem;
    }

    @ExceptionHandler(StaleCaseException.class)
    ResponseEntity<ProblemDetail> stale(StaleCaseException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Case changed in the meantime", Versions.IF_MATCH,
                e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(Versions.etag(e.currentVersion())).body(problem);
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail ruleViolation(CaseRuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Change refused", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ProblemDetail invalidHeader(InvalidHeaderException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request header", e.header(), e.getMessage());
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request parameter", e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request parameter", e.getName(),
                "'" + e.getValue() + "' is not a valid " + e.getName());
    }

    /** An unreadable body names the JSON property Jackson choked on, e.g. "to" for an unknown state. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JacksonException jackson
                ? jackson.getPath().stream().map(JacksonException.Reference::getPropertyName)
                        .filter(Objects::nonNull).collect(Collectors.joining("."))
                : "";
        return problem(HttpStatus.BAD_REQUEST, "Unreadable request body", field.isEmpty() ? "body" : field,
                field.isEmpty() ? "The request body is not valid JSON for this request"
                        : "Invalid value for '" + field + "'");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
