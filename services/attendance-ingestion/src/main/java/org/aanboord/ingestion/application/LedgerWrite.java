package org.aanboord.ingestion.application;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.ingestion.domain.HalfDaySlot;

/** The state of one half-day after a published change; {@code code} null means revoked. */
public record LedgerWrite(HalfDaySlot slot, AttendanceCode code, String originalCode, int version) {
}
