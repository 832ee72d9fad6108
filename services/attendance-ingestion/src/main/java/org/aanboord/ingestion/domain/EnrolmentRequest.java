package org.aanboord.ingestion.domain;

/**
 * An enrolment fact as a school sent it. {@code kind}: ENROLLED, UNENROLLED (with {@code reason}) or CHANGED_SCHOOL
 * (with {@code previousSchoolId}; {@code schoolId} is the new school). The pupil is named as in a registration; a
 * national number lets the history follow the pupil to the new school.
 */
public record EnrolmentRequest(String schoolId, String pupilId, String nationalNumber, String kind, String date,
        String reason, String previousSchoolId) {
}
