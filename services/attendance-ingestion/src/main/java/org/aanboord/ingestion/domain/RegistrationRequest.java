package org.aanboord.ingestion.domain;

/**
 * A registration as a school sent it, before any checking. The pupil is named by the school's own id
 * ({@code pupilId}), the national register number ({@code nationalNumber}) or both; neither leaves this service.
 */
public record RegistrationRequest(String schoolId, String pupilId, String nationalNumber, String date,
        String halfDay, String code) {
}
