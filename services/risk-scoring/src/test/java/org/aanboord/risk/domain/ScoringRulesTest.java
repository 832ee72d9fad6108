package org.aanboord.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    private static final List<AlertRule> LADDER = List.of(
            rule("clb-5", 5, AttentionLevel.TARGETED),
            rule("absent-30", 30, AttentionLevel.INTENSIVE),
            new AlertRule("future-measure", "unknown to this version", "SOMETHING_NEW", 1, AttentionLevel.INTENSIVE,
                    false, List.of(new Recipient(RecipientParty.SCHOOL, DataScope.IDENTIFIED)), null));

    private static final SchoolDayIndex CALENDAR = new SchoolDayIndex(List.of());

    private final RuleEvaluator evaluator = new RuleEvaluator();
    private final PupilYear year = new PupilYear(Map.of());

    @Test
    void fourProblematicHalfDaysTriggerNothingAndTheFifthTriggersTheClbRuleWithItsNumbers() {
        registerB(4);
        assertThat(evaluator.evaluate(LADDER, year.facts(CALENDAR))).isEmpty();

        registerB(5);
        List<RuleOutcome> holding = evaluator.evaluate(LADDER, year.facts(CALENDAR));

        assertThat(holding).extracting(RuleOutcome::ruleId).containsExactly("clb-5");
        assertThat(holding.get(0).explanation()).isEqualTo("B half-days this school year: 5 ≥ 5");
        assertThat(Assessment.of(holding).attentionLevel()).isEqualTo(AttentionLevel.TARGETED);
    }

    @Test
    void thirtyProblematicHalfDaysMeanIntensiveAttention() {
        registerB(30);

        Assessment assessment = Assessment.of(evaluator.evaluate(LADDER, year.facts(CALENDAR)));

        assertThat(assessment.ruleIds()).containsExactlyInAnyOrder("clb-5", "absent-30");
        assertThat(assessment.attentionLevel()).isEqualTo(AttentionLevel.INTENSIVE);
    }

    @Test
    void theSameRegistrationTwiceCountsOnceAndAnOlderVersionIsIgnored() {
        HalfDayRegistered first = registered(day(1), HalfDay.AM, AttendanceCode.B, 1);

        assertThat(year.apply(first)).isTrue();
        assertThat(year.apply(first)).isFalse();
        assertThat(year.count(AttendanceCode.B)).isEqualTo(1);
    }

    @Test
    void aCorrectionFromBToZClearsTheRuleAndBackToBTriggersItAgain() {
        registerB(5);
        Set<String> before = Assessment.of(evaluator.evaluate(LADDER, year.facts(CALENDAR))).ruleIds();

        year.apply(new HalfDayCorrected("p", "s", day(0), HalfDay.AM, AttendanceCode.Z, AttendanceCode.B, "Z", 2, Instant.now()));
        Assessment afterCorrection = Assessment.of(evaluator.evaluate(LADDER, year.facts(CALENDAR)));

        assertThat(afterCorrection.clearedSince(before)).containsExactly("clb-5");
        assertThat(afterCorrection.attentionLevel()).isEqualTo(AttentionLevel.UNIVERSAL);

        year.apply(new HalfDayCorrected("p", "s", day(0), HalfDay.AM, AttendanceCode.B, AttendanceCode.Z, "B", 3, Instant.now()));
        assertThat(Assessment.of(evaluator.evaluate(LADDER, year.facts(CALENDAR))).newlyHoldingSince(afterCorrection.ruleIds()))
                .containsExactly("clb-5");
    }

    @Test
    void aRevokedHalfDayNoLongerCountsAndAnOlderResendCannotBringItBack() {
        registerB(5);
        year.apply(new HalfDayRevoked("p", "s", day(0), HalfDay.AM, AttendanceCode.B, 2, Instant.now()));
        year.apply(registered(day(0), HalfDay.AM, AttendanceCode.B, 1));

        assertThat(year.count(AttendanceCode.B)).isEqualTo(4);
    }

    @Test
    void aPupilChangingSchoolKeepsTheCountOfTheSchoolYear() {
        year.apply(new HalfDayRegistered("p", "school-a", day(0), HalfDay.AM, AttendanceCode.B, "B", 1, Instant.now()));
        year.apply(new HalfDayRegistered("p", "school-b", day(1), HalfDay.AM, AttendanceCode.B, "B", 1, Instant.now()));

        assertThat(year.count(AttendanceCode.B)).isEqualTo(2);
    }

    @Test
    void theSchoolYearTurnsOnTheFirstOfSeptember() {
        assertThat(SchoolYear.of(LocalDate.of(2027, 6, 30))).isEqualTo("2026-2027");
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 31))).isEqualTo("2026-2027");
        assertThat(SchoolYear.of(LocalDate.of(2027, 9, 1))).isEqualTo("2027-2028");
    }

    private void registerB(int upTo) {
        for (int i = 0; i < upTo; i++) {
            year.apply(registered(day(i / 2), i % 2 == 0 ? HalfDay.AM : HalfDay.PM, AttendanceCode.B, 1));
        }
    }

    private static HalfDayRegistered registered(LocalDate date, HalfDay halfDay, AttendanceCode code, int version) {
        return new HalfDayRegistered("p", "s", date, halfDay, code, code.name(), version, Instant.now());
    }

    private static LocalDate day(int offset) {
        return LocalDate.of(2026, 10, 5).plusDays(offset);
    }

    private static AlertRule rule(String id, int threshold, AttentionLevel level) {
        return new AlertRule(id, id, RuleEvaluator.PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR, threshold, level, true,
                List.of(new Recipient(RecipientParty.CLB, DataScope.IDENTIFIED)), 5);
    }
}
