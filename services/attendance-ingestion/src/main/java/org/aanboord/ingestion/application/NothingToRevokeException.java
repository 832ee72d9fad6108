package org.aanboord.ingestion.application;

/** No registration exists for the half-day a school asked to revoke. */
public class NothingToRevokeException extends RuntimeException {

    public NothingToRevokeException() {
        super("No registration exists for this pupil, date and half-day at this school");
    }
}
