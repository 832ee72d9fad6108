package org.aanboord.ingestion.application;

import org.aanboord.ingestion.domain.FieldError;

/** A re-identification without a real stated purpose; refused (and audited) before the vault is read. */
public class InvalidPurposeException extends RuntimeException {

    private final transient FieldError error;

    public InvalidPurposeException(FieldError error) {
        super("A re-identification needs a stated purpose");
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
