package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasure;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasureRecorded;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.aanboord.testsupport.TopicProbe;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** The acceptance scenarios, with registrations published to the topic as attendance-ingestion does. */
class ScoringAcceptanceIntegrationTest extends RiskScoringIntegrationSupport {

    private static final String B_YEAR = "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR";
    private static final LocalDate SEPTEMBER_7 = LocalDate.of(2026, 9, 7);

    @Test
    void withoutLocalRulesTheLegalLadderAlertsAtOneFiveAndThirtyProblematicHalfDays() {
        String school = "school-ladder-" + run;
        agreement("agreement-ladder-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school), List.of());
        String pupil = pupil("ladder");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, school, SEPTEMBER_7, 30);

            List<RiskAssessmentChanged> published = awaitAssessments(probe, pupil, 3);
            assertThat(published).extracting(RiskAssessmentChanged::newlyTriggeredRuleIds).containsExactly(
                    List.of("legal-ladder-1b"), List.of("legal-ladder-5b"), List.of("legal-ladder-30b"));
            assertThat(published).extracting(RiskAssessmentChanged::attentionLevel).containsExactly(
                    AttentionLevel.UNIVERSAL, AttentionLevel.TARGETED, AttentionLevel.INTENSIVE);
            RiskAssessmentChanged last = published.get(2);
            assertThat(last.triggeredRules()).extracting(RuleOutcome::explanation).contains(
                    "B half-days this school year: 30 ≥ 30");
            assertThat(last.domains()).contains(new DomainAttention(SignalDomain.ATTENDANCE, AttentionLevel.INTENSIVE,
                    List.of("legal-ladder-1b", "legal-ladder-30b", "legal-ladder-5b")));
            assertThat(last.agreementId()).isEqualTo("agreement-ladder-" + run);
        }
    }

    @Test
    void aLocalRuleWithARollingWindowCountsOnlyTheRecentSchoolDays() {
        String school = "school-window-" + run;
        agreement("agreement-window-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school), List.of(
                rule("year-50", B_YEAR, 50, AttentionLevel.INTENSIVE, null),
                rule("four-in-ten-days", "PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW", 4, AttentionLevel.TARGETED, 10)));
        String pupil = pupil("window");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, school, SEPTEMBER_7, 2);
            registerB(pupil, school, LocalDate.of(2026, 10, 5), 2);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessmentsOf(probe, pupil).isEmpty());

            registerB(pupil, school, LocalDate.of(2026, 10, 6), 2);

            RiskAssessmentChanged assessment = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(assessment.newlyTriggeredRuleIds()).containsExactly("four-in-ten-days");
            assertThat(assessment.triggeredRules().get(0).explanation())
                    .isEqualTo("B half-days in the last 10 school days: 4 ≥ 4 (2026-09-23 to 2026-10-06)");
        }
    }

    @Test
    void aCorrectionFromBToZClearsTheRuleAndLowersTheLevelWithoutANewAlert() throws Exception {
        String school = "school-correction-" + run;
        agreement("agreement-correction-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school),
                List.of(rule("clb-5", B_YEAR, 5, AttentionLevel.TARGETED, null)));
        String pupil = pupil("correction");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, school, SEPTEMBER_7, 5);
            awaitAssessments(probe, pupil, 1);

            correct(pupil, school, SEPTEMBER_7, HalfDay.AM, AttendanceCode.Z, AttendanceCode.B, 2);

            RiskAssessmentChanged cleared = awaitAssessments(probe, pupil, 2).get(1);
            assertThat(cleared.clearedRuleIds()).containsExactly("clb-5");
            assertThat(cleared.newlyTriggeredRuleIds()).isEmpty();
            assertThat(cleared.attentionLevel()).isEqualTo(AttentionLevel.UNIVERSAL);
            assertThat(cleared.previousAttentionLevel()).isEqualTo(AttentionLevel.TARGETED);
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("SCHOOL_STAFF", school)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(4))
                .andExpect(jsonPath("$.halfDaysPerCode.Z").value(1))
                .andExpect(jsonPath("$.attentionLevel").value("UNIVERSAL"))
                .andExpect(jsonPath("$.measures[0].measure").value(B_YEAR))
                .andExpect(jsonPath("$.measures[0].explanation").value("B half-days this school year: 4"))
                .andExpect(jsonPath("$.domains[0].domain").value("ATTENDANCE"))
                .andExpect(jsonPath("$.domains[0].attentionLevel").value("UNIVERSAL"));
    }

    @Test
    void aPupilWhoChangesSchoolMidYearKeepsTheCountAndTheAssessmentNamesTheNewSchool() {
        String first = "school-first-" + run;
        String second = "school-second-" + run;
        agreement("agreement-move-" + run, 1, LocalDate.of(2026, 9, 1), List.of(first, second),
                List.of(rule("clb-5", B_YEAR, 5, AttentionLevel.TARGETED, null)));
        String pupil = pupil("move");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, first, SEPTEMBER_7, 3);
            registerB(pupil, second, LocalDate.of(2026, 10, 5), 2);

            RiskAssessmentChanged assessment = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(assessment.schoolId()).isEqualTo(second);
            assertThat(assessment.triggeredRules().get(0).value()).isEqualTo(5);
        }
    }

    @Test
    void onTheFirstOfSeptemberTheCountStartsAgain() throws Exception {
        String school = "school-rollover-" + run;
        agreement("agreement-rollover-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school),
                List.of(rule("clb-5", B_YEAR, 5, AttentionLevel.TARGETED, null)));
        String pupil = pupil("rollover");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, school, LocalDate.of(2027, 6, 28), 4);
            registerB(pupil, school, LocalDate.of(2027, 9, 1), 1);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessmentsOf(probe, pupil).isEmpty());

            registerB(pupil, school, LocalDate.of(2027, 9, 2), 4);
            RiskAssessmentChanged assessment = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(assessment.schoolYear()).isEqualTo("2027-2028");
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("SCHOOL_STAFF", school)))
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(4));
    }

    @Test
    void reportResultsAndDisciplinaryMeasuresRaiseTheirOwnDomainsAndACorrectedReportClearsTheRule() throws Exception {
        String school = "school-signals-" + run;
        agreement("agreement-signals-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school), List.of(
                rule("three-failing", "FAILING_SUBJECTS_LATEST_REPORT", 3, AttentionLevel.TARGETED, null),
                rule("two-measures", "DISCIPLINARY_MEASURES_SCHOOL_YEAR", 2, AttentionLevel.INTENSIVE, null)));
        String pupil = pupil("signals");
        Instant recorded = Instant.parse("2026-12-21T09:00:00Z");
        LocalDate christmasReport = LocalDate.of(2026, 12, 18);

        try (TopicProbe probe = assessments()) {
            publish(new ReportPeriodResultRecorded(pupil, school, christmasReport, "kerstrapport", 4, 1, recorded));
            RiskAssessmentChanged failing = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(failing.newlyTriggeredRuleIds()).containsExactly("three-failing");
            assertThat(failing.triggeredRules().get(0).explanation())
                    .isEqualTo("failing subjects on the latest report: 4 ≥ 3 (kerstrapport, 2026-12-18)");
            assertThat(failing.domains()).contains(new DomainAttention(SignalDomain.COURSE_PERFORMANCE,
                    AttentionLevel.TARGETED, List.of("three-failing")));

            publish(new DisciplinaryMeasureRecorded(pupil, school, LocalDate.of(2026, 11, 9),
                    DisciplinaryMeasure.TEMPORARY_EXCLUSION, 1, recorded));
            publish(new DisciplinaryMeasureRecorded(pupil, school, LocalDate.of(2026, 12, 1),
                    DisciplinaryMeasure.PREVENTIVE_SUSPENSION, 1, recorded));
            RiskAssessmentChanged measures = awaitAssessments(probe, pupil, 2).get(1);
            assertThat(measures.newlyTriggeredRuleIds()).containsExactly("two-measures");
            assertThat(measures.attentionLevel()).isEqualTo(AttentionLevel.INTENSIVE);
            assertThat(measures.domains()).contains(new DomainAttention(SignalDomain.BEHAVIOUR,
                    AttentionLevel.INTENSIVE, List.of("two-measures")));

            // The school corrects the report (version 2): two failing subjects, not four; a resend of v1 changes nothing.
            publish(new ReportPeriodResultRecorded(pupil, school, christmasReport, "kerstrapport", 2, 2, recorded));
            publish(new ReportPeriodResultRecorded(pupil, school, christmasReport, "kerstrapport", 4, 1, recorded));
            RiskAssessmentChanged corrected = awaitAssessments(probe, pupil, 3).get(2);
            assertThat(corrected.clearedRuleIds()).containsExactly("three-failing");
            assertThat(corrected.attentionLevel()).isEqualTo(AttentionLevel.INTENSIVE);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessmentsOf(probe, pupil).size() == 3);
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("SCHOOL_STAFF", school)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measures[?(@.measure == 'FAILING_SUBJECTS_LATEST_REPORT')].value").value(2))
                .andExpect(jsonPath("$.measures[?(@.measure == 'DISCIPLINARY_MEASURES_SCHOOL_YEAR')].value").value(2));
    }

    @Test
    void aNewAgreementVersionAppliesOnlyToHalfDaysFromItsEffectiveDate() {
        String school = "school-versions-" + run;
        String id = "agreement-versions-" + run;
        agreement(id, 1, LocalDate.of(2026, 9, 1), List.of(school),
                List.of(rule("clb-5", B_YEAR, 5, AttentionLevel.TARGETED, null)));
        agreement(id, 2, LocalDate.of(2026, 11, 16), List.of(school),
                List.of(rule("clb-3", B_YEAR, 3, AttentionLevel.TARGETED, null)));
        String pupil = pupil("versions");

        try (TopicProbe probe = assessments()) {
            registerB(pupil, school, LocalDate.of(2026, 11, 12), 4);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessmentsOf(probe, pupil).isEmpty());

            register(pupil, school, LocalDate.of(2026, 11, 16), HalfDay.AM, AttendanceCode.B);

            RiskAssessmentChanged assessment = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(assessment.agreementVersion()).isEqualTo(2);
            assertThat(assessment.triggeredRules()).extracting(RuleOutcome::explanation)
                    .containsExactly("B half-days this school year: 5 ≥ 3");
        }
    }
}
