package org.aanboord.ingestion.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.ingestion.application.InvalidPurposeException;
import org.aanboord.ingestion.application.InvalidRegistrationException;
import org.aanboord.ingestion.application.NothingToRevokeException;
import org.aanboord.ingestion.application.PupilNotKnownException;
import org.aanboord.ingestion.application.RateLimitedException;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.Rejection;
import org.aanboord.platform.messaging.BrokerUnavailableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem+json for every refusal: each names the field, the rule and the reason. Extending Spring's
 * handler keeps its problem+json answers for 400, 405, 415 and the like.
 */
@RestControllerAdvice
class IngestionProblems extends ResponseEntityExceptionHandler {

    private static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidRegistrationException.class)
    ProblemDetail invalid(InvalidRegistrationException e) {
        return unprocessable("Invalid request", e.getMessage(), e.errors(), null);
    }

    @ExceptionHandler(CsvFormatException.class)
    ProblemDetail unreadableCsv(CsvFormatException e) {
        return unprocessable("Unreadable CSV file", e.getMessage(), e.errors(), null);
    }

    /** A multipart upload that cannot be parsed (truncated, without a boundary) is the sender's mistake, not ours. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart/form-data body cannot be read; send the CSV file as the part named 'file'.");
        problem.setTitle("Unreadable multipart body");
        problem.setProperty("errors", List.of(Map.of("field", "file", "reason", "is not a readable multipart part")));
        return problem;
    }

    @ExceptionHandler(InvalidPurposeException.class)
    ProblemDetail invalidPurpose(InvalidPurposeException e) {
        return problem(HttpStatus.BAD_REQUEST, "Purpose required", e.getMessage(), List.of(e.error()), null);
    }

    @ExceptionHandler(PupilNotKnownException.class)
    ProblemDetail pupilNotKnown(PupilNotKnownException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Pupil not known");
        return problem;
    }

    @ExceptionHandler(NothingToRevokeException.class)
    ProblemDetail nothingToRevoke(NothingToRevokeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Nothing to revoke");
        return problem;
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Request too large");
        return problem;
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()
                + "; nothing of this request was processed.");
        problem.setTitle("Too many requests");
        problem.setProperty("schoolId", e.schoolId());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(BrokerUnavailableException e) {
        return unavailable("Event broker unavailable", "Nothing of this request was accepted because the event broker "
                + "did not acknowledge it. Send the whole request again; rows that did reach the broker are not "
                + "duplicated for consumers.");
    }

    /**
     * The store did not answer (restarting, or a connection broke mid-request). The ledger is written after the
     * broker acknowledged, so sending again is safe: a row already published goes out again with the same event id.
     */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
        return unavailable("Store unavailable", "This request was not completed because the database did not answer. "
                + "Send the whole request again; rows that did reach the broker are not duplicated for consumers.");
    }

    private static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    /** An unknown property is refused by name (sensitive attributes are never accepted); an oversize body is 413. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                FieldError error = new FieldError(unknown.getPropertyName(), Rejection.NOT_ACCEPTED,
                        "is not an accepted property; only the documented fields are accepted, and sensitive "
                                + "attributes (ethnicity, nationality, income, ...) never are");
                return ResponseEntity.unprocessableContent().body(unprocessable("Invalid request",
                        "The request contains a property that is not accepted", List.of(error), lineOf(unknown)));
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
    }

    private static Integer lineOf(JacksonException e) {
        return e.getPath().stream()
                .filter(reference -> reference.getIndex() >= 0)
                .findFirst()
                .map(reference -> reference.getIndex() + 1)
                .orElse(null);
    }

    private static ProblemDetail unprocessable(String title, String detail, List<FieldError> errors, Integer line) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, title, detail, errors, line);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldError> errors,
            Integer line) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("errors", errors.stream().map(error -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (line != null) {
                entry.put("line", line);
            }
            entry.put("field", error.field());
            entry.put("rule", error.rejection().ruleName());
            entry.put("reason", error.reason());
            return entry;
        }).toList());
        return problem;
    }
}
