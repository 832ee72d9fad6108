package org.aanboord.console.adapter.in.web;

import org.aanboord.console.adapter.out.services.ServiceProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.ResourceAccessException;

/** Pages for what went wrong, in words, without stack traces. */
@ControllerAdvice
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(NotYours.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(NotYours e, Model model) {
        model.addAttribute("messageKey", "error.notFound");
        return "error-page";
    }

    @ExceptionHandler(ServiceProblem.class)
    String refused(ServiceProblem e, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(e.status() == 404 ? 404 : 409);
        model.addAttribute("messageKey", e.status() == 404 ? "error.notFound" : "error.refused");
        model.addAttribute("detail", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler(ResourceAccessException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unavailable(ResourceAccessException e, Model model) {
        log.warn("a service did not answer: {}", e.getMessage());
        model.addAttribute("messageKey", "error.unavailable");
        return "error-page";
    }
}
