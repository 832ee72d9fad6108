package org.aanboord.ingestion.application;

/** What happened to an accepted registration or revocation. */
public record RegistrationOutcome(Status status, String pupilPseudonym, int version) {

    public enum Status {
        /** First registration of this half-day: published. */
        REGISTERED,
        /** Replaced an earlier code for this half-day: published as a correction. */
        CORRECTED,
        /** Same code as already published (or already revoked): acknowledged, not published again. */
        DUPLICATE,
        /** The half-day's registration was withdrawn: published as a revocation. */
        REVOKED
    }
}
