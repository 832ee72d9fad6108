package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A later registration for the same half-day replaced an earlier one (e.g. Z became B). */
public record HalfDayCorrected(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        HalfDay halfDay,
        AttendanceCode code,
        AttendanceCode previousCode,
        String originalCode,
        int version,
        Instant correctedAt) implements AttendanceRegistrationEvent {
}
