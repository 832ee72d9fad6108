package org.aanboord.ingestion.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.ingestion.application.InvalidRegistrationException;
import org.aanboord.platform.messaging.BrokerUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem+json for refused registrations and for an unavailable broker. */
@RestControllerAdvice
class IngestionProblems {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidRegistrationException.class)
    ProblemDetail invalid(InvalidRegistrationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Invalid registration");
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "reason", error.reason()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The registration was not accepted because the event broker did not acknowledge it. Nothing was "
                        + "stored; send it again.");
        problem.setTitle("Event broker unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }
}
