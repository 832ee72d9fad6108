package org.aanboord.synthetic;

/**
 * How a pupil attends, and how often the school signals something else about them. Rates are per school day unless
 * said otherwise; see the README for where the numbers come from.
 *
 * @param sickSpellStart chance a sickness spell (Z, 1-3 days) starts on a school day
 * @param otherAbsence   chance of one half-day with a justified code (R or P) on a school day
 * @param problematic    chance a half-day is problematic (B) before any escalation
 * @param repetition     chance a secondary pupil repeats the grade, recorded on the first school day of the year
 * @param failing        mean number of failing subjects in a report period, before absence counts
 * @param measure        chance of a disciplinary measure on a school day (secondary), before absence counts
 * @param concern        chance a teacher, mentor or care coordinator raises a concern, before absence counts
 */
public enum Profile {
    /** Most pupils: a few sick days a year, almost never a B. */
    REGULAR(0.010, 0.004, 0.0003, 0.03, 0.3, 0.00003, 0.0003),
    /** The long tail: often ill or away with a reason, the occasional B. */
    LONG_TAIL(0.030, 0.015, 0.004, 0.06, 0.7, 0.0001, 0.001),
    /** Truancy that starts at an onset day and escalates week by week; some leave school. */
    AT_RISK(0.030, 0.010, 0.006, 0.20, 1.0, 0.0005, 0.001);

    final double sickSpellStart;
    final double otherAbsence;
    final double problematic;
    final double repetition;
    final double failing;
    final double measure;
    final double concern;

    Profile(double sickSpellStart, double otherAbsence, double problematic, double repetition, double failing,
            double measure, double concern) {
        this.sickSpellStart = sickSpellStart;
        this.otherAbsence = otherAbsence;
        this.problematic = problematic;
        this.repetition = repetition;
        this.failing = failing;
        this.measure = measure;
        this.concern = concern;
    }
}
