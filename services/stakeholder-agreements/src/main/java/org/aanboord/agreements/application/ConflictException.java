package org.aanboord.agreements.application;

/** The request contradicts what is stored, e.g. changing a published version. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The place in the request the conflict is about. */
    public String field() {
        return field;
    }
}
