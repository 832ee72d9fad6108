package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A pupil left a school on {@code date}, for {@code reason}. */
public record PupilUnenrolled(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        UnenrolmentReason reason,
        int version,
        Instant recordedAt) implements EnrolmentEvent {
}
