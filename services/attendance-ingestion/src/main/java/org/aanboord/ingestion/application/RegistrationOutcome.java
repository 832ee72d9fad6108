package org.aanboord.ingestion.application;

/** What happened to an accepted registration. */
public record RegistrationOutcome(Status status, String pupilPseudonym, int version) {

    public enum Status {
        /** First registration of this half-day: published. */
        REGISTERED,
        /** Replaced an earlier code for this half-day: published as a correction. */
        CORRECTED,
        /** Same code as already published: acknowledged, not published again. */
        DUPLICATE
    }
}
