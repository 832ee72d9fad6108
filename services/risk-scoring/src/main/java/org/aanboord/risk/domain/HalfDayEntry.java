package org.aanboord.risk.domain;

import org.aanboord.contracts.attendance.v1.AttendanceCode;

/** The code currently registered for one half-day, at which school, and the registration version it came from. */
public record HalfDayEntry(String schoolId, AttendanceCode code, int version) {
}
