package org.aanboord.notifications.adapter.in.web;

import java.util.List;
import java.util.Map;

import org.aanboord.notifications.application.AlertNotFoundException;
import org.aanboord.notifications.application.DeliveryNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error as RFC 9457 problem+json, naming the parameter or the alert at fault. */
@RestControllerAdvice
class InboxProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = e.getBody();
        problem.setTitle("Missing parameter");
        problem.setDetail("Query parameter '" + e.getParameterName() + "' is required");
        problem.setProperty("errors", List.of(Map.of("field", e.getParameterName(), "message", "is required")));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @ExceptionHandler(AlertNotFoundException.class)
    ProblemDetail notFound(AlertNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Alert not found");
        problem.setProperty("alertId", e.alertId());
        return problem;
    }

    @ExceptionHandler(DeliveryNotFoundException.class)
    ProblemDetail deliveryNotFound(DeliveryNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Delivery not found");
        problem.setProperty("deliveryId", e.deliveryId());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + e.getName() + "' has an unusable value");
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", List.of(Map.of("field", e.getName(), "message", "has an unusable value")));
        return problem;
    }
}
