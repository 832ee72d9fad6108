package org.aanboord.synthetic;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernArea;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernSource;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasure;
import org.aanboord.synthetic.SchoolYearMoments.ReportPeriod;

/**
 * The signals about one pupil as the school days go by. Everything but the grade repetition rises with the B
 * half-days the pupil has had so far, so an at-risk pupil's signals escalate with their truancy.
 */
final class PupilSignals {

    private static final double PRIMARY_REPETITION_SHARE = 1.0 / 3;
    private static final double FAILING_PER_PROBLEMATIC = 0.1;
    private static final double AT_RISK_FAILING_PER_PERIOD = 0.5;
    private static final int MAX_FAILING = 14;
    private static final double MEASURE_PER_PROBLEMATIC = 0.0003;
    private static final double MAX_MEASURE = 0.02;
    private static final double FIRST_MEASURE_PREVENTIVE = 0.4;
    /** After this many, the next step would be a definitive exclusion, which the attendance stream cannot follow. */
    private static final int MAX_MEASURES = 3;
    private static final double CONCERN_PER_PROBLEMATIC = 0.0006;
    private static final double MAX_CONCERN = 0.05;
    /** From the CLB notification threshold on, the concern is more often the care coordinator's, about attendance. */
    private static final int NOTIFIED = 5;
    private static final Weighted<ConcernSource> SOURCES = new Weighted<>(
            List.of(ConcernSource.TEACHER, ConcernSource.MENTOR, ConcernSource.CARE_COORDINATOR), 0.50, 0.35, 0.15);
    private static final Weighted<ConcernSource> SOURCES_NOTIFIED = new Weighted<>(
            List.of(ConcernSource.TEACHER, ConcernSource.MENTOR, ConcernSource.CARE_COORDINATOR), 0.20, 0.30, 0.50);
    private static final Weighted<ConcernArea> AREAS = new Weighted<>(List.of(ConcernArea.WELLBEING,
            ConcernArea.RESULTS, ConcernArea.MOTIVATION, ConcernArea.BEHAVIOUR, ConcernArea.ATTENDANCE,
            ConcernArea.OTHER), 0.30, 0.25, 0.15, 0.15, 0.05, 0.10);
    private static final Weighted<ConcernArea> AREAS_NOTIFIED = new Weighted<>(List.of(ConcernArea.ATTENDANCE,
            ConcernArea.MOTIVATION, ConcernArea.BEHAVIOUR, ConcernArea.WELLBEING, ConcernArea.RESULTS),
            0.40, 0.20, 0.15, 0.15, 0.10);

    private final SplittableRandom random;
    private int measures;

    PupilSignals(SplittableRandom random) {
        this.random = random;
    }

    /** The signals of one school day at the school the pupil attends, at most one of each kind. */
    void on(LocalDate day, String schoolId, PupilState state, Optional<String> yearStart,
            Optional<ReportPeriod> periodEnd, LocalDateTime sentAt, Consumer<SyntheticSignal> out) {
        Pupil pupil = state.pupil;
        Profile profile = pupil.profile();
        int problematic = state.problematic();
        boolean secondary = pupil.level() == Level.SECONDARY;
        if (yearStart.isPresent()
                && random.nextDouble() < profile.repetition * (secondary ? 1 : PRIMARY_REPETITION_SHARE)) {
            out.accept(SyntheticSignal.gradeRepetition(schoolId, pupil.id(), day, yearStart.get(), sentAt));
        }
        if (periodEnd.isPresent() && secondary) {
            out.accept(SyntheticSignal.reportResult(schoolId, pupil.id(), day, periodEnd.get().name(),
                    failingSubjects(profile, problematic, periodEnd.get().number()), sentAt));
        }
        if (secondary && measures < MAX_MEASURES && random.nextDouble() < Math.min(MAX_MEASURE,
                profile.measure + MEASURE_PER_PROBLEMATIC * problematic)) {
            DisciplinaryMeasure measure = measures == 0 && random.nextDouble() < FIRST_MEASURE_PREVENTIVE
                    ? DisciplinaryMeasure.PREVENTIVE_SUSPENSION : DisciplinaryMeasure.TEMPORARY_EXCLUSION;
            measures++;
            out.accept(SyntheticSignal.disciplinaryMeasure(schoolId, pupil.id(), day, measure, sentAt));
        }
        if (random.nextDouble() < Math.min(MAX_CONCERN, profile.concern + CONCERN_PER_PROBLEMATIC * problematic)) {
            boolean notified = problematic >= NOTIFIED;
            ConcernSource source = (notified ? SOURCES_NOTIFIED : SOURCES).pick(random.nextDouble());
            ConcernArea area = (notified ? AREAS_NOTIFIED : AREAS).pick(random.nextDouble());
            out.accept(SyntheticSignal.concern(schoolId, pupil.id(), day, source, area, sentAt));
        }
    }

    /** A Poisson draw around the profile's mean, raised by truancy and, for the at-risk, by each period. */
    private int failingSubjects(Profile profile, int problematic, int period) {
        double mean = profile.failing + FAILING_PER_PROBLEMATIC * problematic
                + (profile == Profile.AT_RISK ? AT_RISK_FAILING_PER_PERIOD * (period - 1) : 0);
        double threshold = Math.exp(-mean);
        int count = 0;
        double product = random.nextDouble();
        while (product > threshold && count < MAX_FAILING) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
