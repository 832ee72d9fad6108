package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Early-warning inputs other than attendance, on {@code attendance.signals.v1}, keyed by pupil pseudonym. They carry
 * counts and categories only: no free text, no grades per subject, no sensitive attributes.
 */
public sealed interface PupilSignalEvent
        permits ReportPeriodResultRecorded, GradeRepetitionRecorded, DisciplinaryMeasureRecorded, ConcernRaised {

    String pupilPseudonym();

    String schoolId();

    LocalDate date();

    int version();

    /** When the school recorded it: an assessment caused by the signal is dated by it. */
    Instant recordedAt();
}
