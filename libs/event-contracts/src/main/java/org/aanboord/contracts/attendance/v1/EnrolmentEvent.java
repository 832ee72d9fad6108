package org.aanboord.contracts.attendance.v1;

import java.time.LocalDate;

/** Events on {@code attendance.enrolments.v1}, keyed by pupil pseudonym so a pupil's school career stays in order. */
public sealed interface EnrolmentEvent permits PupilEnrolled, PupilUnenrolled, PupilChangedSchool {

    String pupilPseudonym();

    String schoolId();

    LocalDate date();

    /** Increases when a school sends a changed version of the same fact; readers keep the highest. */
    int version();
}
