package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/** A disciplinary measure starting on {@code date}. */
public record DisciplinaryMeasureRecorded(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        DisciplinaryMeasure measure,
        int version,
        Instant recordedAt) implements PupilSignalEvent {
}
