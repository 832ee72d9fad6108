package org.aanboord.ingestion.domain;

import java.time.LocalDate;

import org.aanboord.contracts.attendance.v1.HalfDay;

/** One half-day of one pupil at one school: the natural key that carries at most one code at a time. */
public record HalfDaySlot(String schoolId, String pupilPseudonym, LocalDate date, HalfDay halfDay) {
}
