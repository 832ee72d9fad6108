package org.aanboord.ingestion.application;

import org.aanboord.contracts.attendance.v1.AttendanceCode;

/** What was last published for one natural key; {@code code} is null once the registration was revoked. */
public record RecordedHalfDay(AttendanceCode code, int version) {

    public boolean revoked() {
        return code == null;
    }
}
