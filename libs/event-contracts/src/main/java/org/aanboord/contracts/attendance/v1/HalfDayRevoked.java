package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A registration was withdrawn: the half-day no longer carries any code. */
public record HalfDayRevoked(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        HalfDay halfDay,
        AttendanceCode previousCode,
        int version,
        Instant revokedAt) implements AttendanceRegistrationEvent {
}
