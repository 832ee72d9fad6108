package org.aanboord.contracts.attendance.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A teacher, mentor or care coordinator is worried about the pupil, in one of a few areas. No free text: what was
 * seen stays in the school's own file.
 */
public record ConcernRaised(
        String pupilPseudonym,
        String schoolId,
        LocalDate date,
        ConcernSource raisedBy,
        ConcernArea area,
        int version,
        Instant recordedAt) implements PupilSignalEvent {

    /** Who raised the concern. */
    public enum ConcernSource {
        TEACHER,
        MENTOR,
        CARE_COORDINATOR
    }

    /** What the concern is about. */
    public enum ConcernArea {
        ATTENDANCE,
        BEHAVIOUR,
        WELLBEING,
        MOTIVATION,
        RESULTS,
        OTHER
    }
}
