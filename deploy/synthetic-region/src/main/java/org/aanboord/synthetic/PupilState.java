package org.aanboord.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

import org.aanboord.platform.calendar.SchoolDays;

/** One pupil's attendance as the days go by: an ongoing sickness spell, truancy escalation, leaving school. */
final class PupilState {

    private static final double ESCALATION_PER_WEEK = 1.6;
    private static final double MAX_PROBLEMATIC = 0.7;
    private static final double DAY_BOUNDARY_BIAS = 1.5;

    final Pupil pupil;
    final SplittableRandom random;
    private int sickDaysLeft;
    private int problematic;
    private LocalDate left;

    PupilState(Pupil pupil, SplittableRandom random) {
        this.pupil = pupil;
        this.random = random;
    }

    Optional<Enrolment> attends(LocalDate day) {
        return left != null ? Optional.empty() : pupil.enrolmentOn(day);
    }

    /** The codes of the morning and the afternoon; null where the pupil is present. */
    String[] codesFor(LocalDate day, SchoolDays days) {
        String[] codes = new String[2];
        Profile profile = pupil.profile();
        if (sickDaysLeft > 0 || random.nextDouble() < profile.sickSpellStart) {
            sickDaysLeft = sickDaysLeft > 0 ? sickDaysLeft - 1 : random.nextInt(3);
            codes[0] = "Z";
            codes[1] = "Z";
            return codes;
        }
        if (random.nextDouble() < profile.otherAbsence) {
            codes[random.nextInt(2)] = random.nextDouble() < 0.6 ? "R" : "P";
        }
        double chance = problematicChance(day, days);
        for (int half = 0; half < 2; half++) {
            if (codes[half] == null && random.nextDouble() < chance) {
                codes[half] = "B";
                problematic++;
            }
        }
        return codes;
    }

    /** The problematic (B) half-days so far. */
    int problematic() {
        return problematic;
    }

    /** An at-risk pupil who has missed enough leaves school; no registration follows. */
    void leaveIfDue(LocalDate day) {
        if (pupil.mayLeaveSchool() && left == null && problematic >= pupil.leavesAfterProblematic()) {
            left = day;
        }
    }

    private double problematicChance(LocalDate day, SchoolDays days) {
        double base = pupil.profile().problematic;
        if (pupil.riskOnset() == null || day.isBefore(pupil.riskOnset())) {
            return base;
        }
        int weeks = days.schoolDaysBetween(pupil.riskOnset(), day) / 5;
        double escalated = Math.min(MAX_PROBLEMATIC, 0.03 * Math.pow(ESCALATION_PER_WEEK, weeks));
        boolean edgeOfWeek = day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.FRIDAY;
        return Math.min(MAX_PROBLEMATIC, edgeOfWeek ? escalated * DAY_BOUNDARY_BIAS : escalated);
    }
}
