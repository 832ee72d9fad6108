package org.aanboord.ingestion.domain;

import java.time.LocalDate;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;

/** A valid, pseudonymised registration of one half-day, ready to be recorded; {@code pupil} is for the vault. */
public record Registration(PupilLink pupil, LocalDate date, HalfDay halfDay, AttendanceCode code,
        String originalCode) {

    /** The same registration for the pupil under another of their pseudonyms. */
    public Registration withPupil(PupilLink other) {
        return new Registration(other, date, halfDay, code, originalCode);
    }

    public String schoolId() {
        return pupil.schoolId();
    }

    public String pupilPseudonym() {
        return pupil.pseudonym();
    }

    public HalfDaySlot slot() {
        return new HalfDaySlot(schoolId(), pupilPseudonym(), date, halfDay);
    }
}
