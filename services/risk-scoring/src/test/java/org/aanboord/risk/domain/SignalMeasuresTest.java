package org.aanboord.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.attendance.v1.ConcernRaised;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernArea;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernSource;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasure;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasureRecorded;
import org.aanboord.contracts.attendance.v1.GradeRepetitionRecorded;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.junit.jupiter.api.Test;

/** The behaviour and course-performance measures: what they count, and that a signal counts once. */
class SignalMeasuresTest {

    private static final SchoolDayIndex WEEKDAYS = new SchoolDayIndex(List.of());
    private static final Instant RECORDED = Instant.parse("2027-04-02T09:00:00Z");

    private final PupilSignals signals = new PupilSignals(Map.of());
    private final RuleEvaluator evaluator = new RuleEvaluator();

    @Test
    void theLatestReportCountsNotTheWorstOne() {
        signals.apply(report(LocalDate.of(2026, 12, 18), "kerstrapport", 5, 1));
        signals.apply(report(LocalDate.of(2027, 3, 31), "paasrapport", 1, 1));

        assertThat(evaluate(rule("failing", "FAILING_SUBJECTS_LATEST_REPORT", 3))).isEmpty();
        assertThat(evaluate(rule("failing", "FAILING_SUBJECTS_LATEST_REPORT", 1))).extracting(RuleOutcome::explanation)
                .containsExactly("failing subjects on the latest report: 1 ≥ 1 (paasrapport, 2027-03-31)");
    }

    @Test
    void aResendChangesNothingAndANewerVersionReplacesTheSignal() {
        assertThat(signals.apply(report(LocalDate.of(2026, 12, 18), "kerstrapport", 5, 1))).isTrue();
        assertThat(signals.apply(report(LocalDate.of(2026, 12, 18), "kerstrapport", 5, 1))).isFalse();
        assertThat(signals.apply(report(LocalDate.of(2026, 12, 18), "kerstrapport", 2, 2))).isTrue();
        assertThat(signals.apply(report(LocalDate.of(2026, 12, 18), "kerstrapport", 5, 1)))
                .as("an older version arriving late").isFalse();

        assertThat(signals.signals()).hasSize(1);
        assertThat(evaluate(rule("failing", "FAILING_SUBJECTS_LATEST_REPORT", 3))).isEmpty();
    }

    @Test
    void disciplinaryMeasuresAndConcernsAreBehaviourAndRepetitionIsCoursePerformance() {
        signals.apply(new DisciplinaryMeasureRecorded("p", "s", LocalDate.of(2026, 11, 9),
                DisciplinaryMeasure.TEMPORARY_EXCLUSION, 1, RECORDED));
        signals.apply(new ConcernRaised("p", "s", LocalDate.of(2026, 11, 12), ConcernSource.MENTOR,
                ConcernArea.WELLBEING, 1, RECORDED));
        signals.apply(new ConcernRaised("p", "s", LocalDate.of(2026, 11, 12), ConcernSource.TEACHER,
                ConcernArea.WELLBEING, 1, RECORDED));
        signals.apply(new GradeRepetitionRecorded("p", "s", LocalDate.of(2026, 9, 1), "2026-2027", 1, RECORDED));

        List<RuleOutcome> holding = evaluate(rule("measure", "DISCIPLINARY_MEASURES_SCHOOL_YEAR", 1),
                rule("concerns", "CONCERNS_SCHOOL_YEAR", 2), rule("repeats", "GRADE_REPETITIONS", 1));

        assertThat(holding).extracting(RuleOutcome::explanation).containsExactly(
                "disciplinary measures (exclusion, suspension) this school year: 1 ≥ 1 (2026-11-09 temporary exclusion)",
                "concerns raised by a teacher, mentor or care coordinator this school year: 2 ≥ 2"
                        + " (2026-11-12 wellbeing, 2026-11-12 wellbeing)",
                "grade repetitions recorded: 1 ≥ 1 (2026-09-01)");
        assertThat(Assessment.of(holding).domains()).containsExactly(
                new DomainAttention(SignalDomain.ATTENDANCE, AttentionLevel.UNIVERSAL, List.of()),
                new DomainAttention(SignalDomain.BEHAVIOUR, AttentionLevel.TARGETED, List.of("concerns", "measure")),
                new DomainAttention(SignalDomain.COURSE_PERFORMANCE, AttentionLevel.TARGETED, List.of("repeats")));
    }

    private List<RuleOutcome> evaluate(AlertRule... rules) {
        return evaluator.evaluate(List.of(rules), new PupilYear(Map.of()).facts(WEEKDAYS, signals.facts()));
    }

    private static ReportPeriodResultRecorded report(LocalDate day, String period, int failing, int version) {
        return new ReportPeriodResultRecorded("p", "s", day, period, failing, version, RECORDED);
    }

    private static AlertRule rule(String id, String measure, int threshold) {
        return new AlertRule(id, id, measure, threshold, AttentionLevel.TARGETED, false, List.of(), null);
    }
}
