package org.aanboord.ingestion.domain;

import java.time.Instant;

/**
 * A valid enrolment or signal, ready to publish. The natural key names the fact (e.g. this pupil's unenrolment from
 * this school on this day); the fingerprint its content, so a resend is recognised and a changed one republished.
 * {@code pupil} is for the identity vault.
 */
public record PupilFact(String naturalKey, String fingerprint, PupilLink pupil, String kind, EventFactory event) {

    public String pupilPseudonym() {
        return pupil.pseudonym();
    }

    /** Builds the event once the version is known. */
    @FunctionalInterface
    public interface EventFactory {
        Record create(int version, Instant recordedAt);
    }
}
