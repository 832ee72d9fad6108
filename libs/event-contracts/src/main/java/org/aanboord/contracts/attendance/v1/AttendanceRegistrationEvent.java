package org.aanboord.contracts.attendance.v1;

import java.time.LocalDate;

/** Events on {@code attendance.registrations.v1}, keyed by pupil pseudonym. */
public sealed interface AttendanceRegistrationEvent permits HalfDayRegistered, HalfDayCorrected, HalfDayRevoked {

    String pupilPseudonym();

    String schoolId();

    LocalDate date();

    HalfDay halfDay();

    /** Increases with every change of the same school + pupil + date + half-day; readers keep the highest. */
    int version();

    /** The natural key of the registered half-day, the same for every version. */
    default String halfDaySlot() {
        return date() + "/" + halfDay();
    }
}
