package org.aanboord.agreements.application;

/** The agreement, version or draft asked for does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
