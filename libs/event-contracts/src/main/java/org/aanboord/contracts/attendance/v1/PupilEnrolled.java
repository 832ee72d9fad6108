package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A pupil was enrolled at a school from {@code date}. */
public record PupilEnrolled(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        int version,
        Instant recordedAt) implements EnrolmentEvent {
}
