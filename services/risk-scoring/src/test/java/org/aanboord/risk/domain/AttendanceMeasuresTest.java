package org.aanboord.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.LegalLadder;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.junit.jupiter.api.Test;

/** The measures agreement rules can use, on the 2026-2027 calendar with the autumn holiday of 2 to 8 November. */
class AttendanceMeasuresTest {

    private static final SchoolDayIndex CALENDAR = new SchoolDayIndex(List.of(new SchoolCalendar("2026-2027",
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
            List.of(new Holiday("herfstvakantie", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 8))))));

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final PupilYear year = new PupilYear(Map.of());

    @Test
    void theTwentySchoolDayWindowLeavesOutOlderAbsencesAndDoesNotCountHolidays() {
        b(7, 9, HalfDay.AM);
        for (int day = 5; day <= 7; day++) {
            b(day, 10, HalfDay.AM);
            b(day, 10, HalfDay.PM);
        }

        RuleOutcome outcome = only(rule("window-6", "PROBLEMATIC_HALF_DAYS_LAST_20_SCHOOL_DAYS", 6, null));

        assertThat(outcome.value()).isEqualTo(6);
        assertThat(outcome.explanation())
                .isEqualTo("B half-days in the last 20 school days: 6 ≥ 6 (2026-09-10 to 2026-10-07)");

        PupilYear acrossTheHoliday = new PupilYear(Map.of());
        acrossTheHoliday.apply(registered(LocalDate.of(2026, 10, 12), HalfDay.AM, AttendanceCode.B));
        acrossTheHoliday.apply(registered(LocalDate.of(2026, 11, 13), HalfDay.AM, AttendanceCode.B));
        assertThat(acrossTheHoliday.facts(CALENDAR).window(AttendanceCode.B, 20).count())
                .as("the autumn week off is not part of the 20 school days").isEqualTo(2);
    }

    @Test
    void aRuleCanSetItsOwnWindowLength() {
        b(28, 9, HalfDay.AM);
        b(5, 10, HalfDay.AM);
        b(6, 10, HalfDay.AM);

        List<RuleOutcome> holding = evaluator.evaluate(
                List.of(rule("ten-days", "PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW", 3, 10),
                        rule("two-days", "PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW", 3, 2)),
                year.facts(CALENDAR));

        assertThat(holding).extracting(RuleOutcome::ruleId).containsExactly("ten-days");
        assertThat(holding.get(0).explanation()).startsWith("B half-days in the last 10 school days: 3 ≥ 3");
    }

    @Test
    void aStreakRunsOverWeekendsHolidaysAndFreeWednesdayAfternoonsButBreaksOnASchoolHalfDayPresent() {
        b(30, 10, HalfDay.AM);
        b(30, 10, HalfDay.PM);
        b(9, 11, HalfDay.AM);
        b(9, 11, HalfDay.PM);
        b(10, 11, HalfDay.AM);
        b(10, 11, HalfDay.PM);
        b(11, 11, HalfDay.AM);
        b(12, 11, HalfDay.AM);
        AttendanceFacts facts = year.facts(CALENDAR);
        assertThat(facts.currentStreak().length()).isEqualTo(8);

        b(13, 11, HalfDay.AM);
        facts = year.facts(CALENDAR);
        assertThat(facts.currentStreak().length()).as("Thursday afternoon present breaks the run").isEqualTo(1);
        assertThat(facts.longestStreak().length()).isEqualTo(8);
        assertThat(only(rule("run", "LONGEST_ABSENT_STREAK_HALF_DAYS", 8, null)).explanation()).isEqualTo(
                "longest run of consecutive absent half-days this school year: 8 ≥ 8 (2026-10-30 AM to 2026-11-12 AM)");
        assertThat(evaluator.evaluate(List.of(rule("now", "CONSECUTIVE_ABSENT_HALF_DAYS", 2, null)), facts)).isEmpty();
    }

    @Test
    void mondaysAndFridaysAndTheDaysAroundAHolidayAreCountedAsDays() {
        b(5, 10, HalfDay.AM);
        b(5, 10, HalfDay.PM);
        b(9, 10, HalfDay.AM);
        b(13, 10, HalfDay.AM);
        b(30, 10, HalfDay.PM);
        b(9, 11, HalfDay.AM);

        assertThat(only(rule("mf", "PROBLEMATIC_MONDAYS_AND_FRIDAYS", 4, null)).explanation()).isEqualTo(
                "Mondays and Fridays with a B half-day this school year: 4 ≥ 4 (2026-10-05, 2026-10-09, 2026-10-30, 2026-11-09)");
        assertThat(only(rule("hol", "PROBLEMATIC_DAYS_AROUND_HOLIDAYS", 2, null)).explanation()).isEqualTo(
                "school days right before or after a holiday with a B half-day: 2 ≥ 2 (2026-10-30, 2026-11-09)");
    }

    @Test
    void withoutARuleOnBHalfDaysTheLegalLadderApplies() {
        AlertRule local = rule("window", "PROBLEMATIC_HALF_DAYS_LAST_20_SCHOOL_DAYS", 10, null);
        List<AlertRule> rules = LegalLadder.effectiveRules(agreement(List.of(local)));
        assertThat(rules).extracting(AlertRule::ruleId)
                .containsExactly("window", "legal-ladder-1b", "legal-ladder-5b", "legal-ladder-30b");

        b(1, 10, HalfDay.AM);
        assertThat(Assessment.of(evaluator.evaluate(rules, year.facts(CALENDAR))).ruleIds())
                .containsExactly("legal-ladder-1b");

        AlertRule ownLadder = rule("own-10", RuleEvaluator.PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR, 10, null);
        assertThat(LegalLadder.effectiveRules(agreement(List.of(ownLadder)))).containsExactly(ownLadder);
    }

    @Test
    void theAssessmentBreaksTheLevelDownPerDomain() {
        for (int day = 5; day <= 7; day++) {
            b(day, 10, HalfDay.AM);
            b(day, 10, HalfDay.PM);
        }

        Assessment assessment = Assessment.of(evaluator.evaluate(LegalLadder.RULES, year.facts(CALENDAR)));

        assertThat(assessment.domains()).containsExactly(
                new DomainAttention(SignalDomain.ATTENDANCE, AttentionLevel.TARGETED,
                        List.of("legal-ladder-1b", "legal-ladder-5b")),
                new DomainAttention(SignalDomain.BEHAVIOUR, AttentionLevel.UNIVERSAL, List.of()),
                new DomainAttention(SignalDomain.COURSE_PERFORMANCE, AttentionLevel.UNIVERSAL, List.of()));
    }

    private RuleOutcome only(AlertRule rule) {
        List<RuleOutcome> holding = evaluator.evaluate(List.of(rule), year.facts(CALENDAR));
        assertThat(holding).hasSize(1);
        return holding.get(0);
    }

    private void b(int dayOfMonth, int month, HalfDay halfDay) {
        int yearOfDate = month >= 9 ? 2026 : 2027;
        year.apply(registered(LocalDate.of(yearOfDate, month, dayOfMonth), halfDay, AttendanceCode.B));
    }

    private static HalfDayRegistered registered(LocalDate date, HalfDay halfDay, AttendanceCode code) {
        return new HalfDayRegistered("p", "s", date, halfDay, code, code.name(), 1, Instant.EPOCH);
    }

    private static AlertRule rule(String id, String measure, int threshold, Integer window) {
        return new AlertRule(id, id, measure, threshold, AttentionLevel.TARGETED, false,
                List.of(new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED)), null, null, window);
    }

    private static AgreementPublished agreement(List<AlertRule> rules) {
        return new AgreementPublished("a", 1, "t", "r", LocalDate.of(2026, 9, 1), Instant.EPOCH, List.of(), List.of(),
                List.of(), rules, List.of());
    }
}
