package org.aanboord.ingestion.application;

import java.util.List;

import org.aanboord.ingestion.domain.FieldError;

/** The registration was refused; nothing was published or stored. */
public class InvalidRegistrationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRegistrationException(List<FieldError> errors) {
        super("The registration was refused: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
