package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A school registered an absence code for one half-day of one pupil.
 *
 * @param originalCode the code as the school software sent it (legacy codes are mapped to {@code code})
 */
public record HalfDayRegistered(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        HalfDay halfDay,
        AttendanceCode code,
        String originalCode,
        int version,
        Instant registeredAt) implements AttendanceRegistrationEvent {
}
