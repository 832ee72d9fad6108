package org.aanboord.platform.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import jakarta.servlet.http.HttpServletRequest;

/** A tenancy refusal raised inside a controller or query: 403 problem+json naming why. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AccessRefusedAdvice {

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException refused, HttpServletRequest request) {
        ProblemDetail problem = Problems.forbidden(refused);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return problem;
    }
}
