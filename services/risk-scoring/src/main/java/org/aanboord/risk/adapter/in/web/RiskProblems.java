package org.aanboord.risk.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.aanboord.risk.application.RebuildTargetRefusedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.core.JacksonException;

/** Errors as RFC 9457 problem+json, naming the field that was wrong; ahead of Boot's generic problem handler. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RiskProblems {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field(), e.getMessage());
    }

    @ExceptionHandler(RebuildTargetRefusedException.class)
    ProblemDetail refused(RebuildTargetRefusedException e) {
        return problem(HttpStatus.CONFLICT, "Rebuild target refused", "database", e.getMessage());
    }

    /** An unreadable body names the JSON property Jackson choked on. */
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
