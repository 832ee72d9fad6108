package org.aanboord.ingestion.domain;

/** A registration as a school sent it, before any checking. The pupil id never leaves this service. */
public record RegistrationRequest(String schoolId, String pupilId, String date, String halfDay, String code) {
}
