package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** The result of a report period (rapport): how many subjects the pupil failed. */
public record ReportPeriodResultRecorded(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        String period,
        int failingSubjects,
        int version,
        Instant recordedAt) implements PupilSignalEvent {
}
