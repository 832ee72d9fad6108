package org.aanboord.ingestion.application;

/** A pupil, by pseudonym, at one school: how the registration ledger keeps a pupil's half-days. */
public record SchoolPupil(String schoolId, String pseudonym) {
}
