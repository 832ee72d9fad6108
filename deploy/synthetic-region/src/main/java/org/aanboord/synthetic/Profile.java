package org.aanboord.synthetic;

/**
 * How a pupil attends. Rates are per school day; see the README for where the numbers come from.
 *
 * @param sickSpellStart chance a sickness spell (Z, 1-3 days) starts on a school day
 * @param otherAbsence   chance of one half-day with a justified code (R or P) on a school day
 * @param problematic    chance a half-day is problematic (B) before any escalation
 */
public enum Profile {
    /** Most pupils: a few sick days a year, almost never a B. */
    REGULAR(0.010, 0.004, 0.0003),
    /** The long tail: often ill or away with a reason, the occasional B. */
    LONG_TAIL(0.030, 0.015, 0.004),
    /** Truancy that starts at an onset day and escalates week by week; some leave school. */
    AT_RISK(0.030, 0.010, 0.006);

    final double sickSpellStart;
    final double otherAbsence;
    final double problematic;

    Profile(double sickSpellStart, double otherAbsence, double problematic) {
        this.sickSpellStart = sickSpellStart;
        this.otherAbsence = otherAbsence;
        this.problematic = problematic;
    }
}
