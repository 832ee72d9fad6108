package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A pupil moved from {@code previousSchoolId} to {@code schoolId} on {@code date}. */
public record PupilChangedSchool(
        String pupilPseudonym,
        String schoolId,
        String previousSchoolId,
        LocalDate date,
        int version,
        Instant recordedAt) implements EnrolmentEvent {
}
