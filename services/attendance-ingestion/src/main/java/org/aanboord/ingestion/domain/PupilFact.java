package org.aanboord.ingestion.domain;

import java.time.Instant;

/**
 * A valid enrolment or signal, ready to publish. The natural key names the fact (e.g. this pupil's unenrolment from
 * this school on this day); the fingerprint its content, so a resend is recognised and a changed one republished.
 */
public record PupilFact(String naturalKey, String fingerprint, String pupilPseudonym, String kind, EventFactory event) {

    /** Builds the event once the version is known. */
    @FunctionalInterface
    public interface EventFactory {
        Record create(int version, Instant recordedAt);
    }
}
