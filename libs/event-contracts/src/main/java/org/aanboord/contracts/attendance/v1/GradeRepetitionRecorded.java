package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** The pupil repeats a grade (zittenblijven) in {@code schoolYear}, e.g. "2026-2027". */
public record GradeRepetitionRecorded(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        String schoolYear,
        int version,
        Instant recordedAt) implements PupilSignalEvent {
}
