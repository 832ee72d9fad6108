package org.aanboord.ingestion.domain;

/** A school withdraws the registration of one half-day; the pupil is named as in a registration. */
public record RevocationRequest(String schoolId, String pupilId, String nationalNumber, String date, String halfDay) {
}
