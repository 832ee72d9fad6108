package org.aanboord.contracts.attendance.v1;

/** Why a pupil left a school. */
public enum UnenrolmentReason {
    SCHOOL_CHANGE,
    EXCLUSION,
    MOVED_ABROAD,
    LEFT_EDUCATION,
    HOME_EDUCATION
}
