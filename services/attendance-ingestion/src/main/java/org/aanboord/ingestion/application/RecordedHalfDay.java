package org.aanboord.ingestion.application;

import org.aanboord.contracts.attendance.v1.AttendanceCode;

/** What was last published for one natural key. */
public record RecordedHalfDay(AttendanceCode code, int version) {
}
