package org.aanboord.ingestion.application;

/** Publishes an enrolment or signal event keyed by the pupil pseudonym; returns once the broker acknowledged. */
public interface PupilFactEvents {

    void publish(String naturalKey, int version, String pupilPseudonym, Record event);
}
