package org.aanboord.contracts.attendance.v1;

/** The seven official Flemish absence codes (Discimus, since 1 September 2019). */
public enum AttendanceCode {
    /** Absence of a non-compulsory pre-school pupil. */
    A,
    /** Absent by law (van rechtswege gewettigd). */
    R,
    /** Illness, with a parent's note or a medical certificate. */
    Z,
    /** Revalidation during school hours (special education). */
    H,
    /** Personal reasons approved by the director (includes time-out and NAFT). */
    P,
    /** Workplace learning not done, not through unwillingness. */
    M,
    /** Problematic absence. */
    B
}
