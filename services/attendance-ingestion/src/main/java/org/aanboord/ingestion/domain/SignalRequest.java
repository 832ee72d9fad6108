package org.aanboord.ingestion.domain;

/**
 * An early-warning signal as a school sent it. {@code kind} decides which of the other fields are required:
 * REPORT_PERIOD_RESULT (period, failingSubjects), GRADE_REPETITION (schoolYear), DISCIPLINARY_MEASURE (measure),
 * CONCERN (raisedBy, area). Nothing else is accepted: no free text, no sensitive attributes.
 */
public record SignalRequest(String schoolId, String pupilId, String nationalNumber, String kind, String date,
        String period, Integer failingSubjects, String schoolYear, String measure, String raisedBy, String area) {
}
