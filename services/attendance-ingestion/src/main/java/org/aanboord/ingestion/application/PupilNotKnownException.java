package org.aanboord.ingestion.application;

/**
 * No pupil of the caller's schools has this pseudonym: either nobody has it, or only another school's pupil. The
 * two are answered alike, so the endpoint never confirms that a pseudonym exists.
 */
public class PupilNotKnownException extends RuntimeException {

    public PupilNotKnownException() {
        super("No pupil of your schools is known by this pseudonym");
    }
}
