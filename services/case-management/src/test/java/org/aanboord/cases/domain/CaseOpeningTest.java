package org.aanboord.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.junit.jupiter.api.Test;

class CaseOpeningTest {

    private static final Instant FRIDAY = Instant.parse("2026-11-20T13:01:03Z");

    private final CaseOpening opening = new CaseOpening();

    private final AgreementPublished agreement = new AgreementPublished("agreement-x", 3, "t", "region", LocalDate.parse("2026-09-01"),
            FRIDAY, List.of(), List.of(new School("school-1", "S1", "clb-1", "municipality-1")), List.of(), List.of(
                    rule("contact-parents-1b", false, null),
                    rule("clb-notification-5b", true, 5),
                    rule("problematically-absent-30b", true, 2)), List.of());

    @Test
    void onlyNewlyTriggeredRulesThatOpenACaseCount() {
        RiskAssessmentChanged assessment = assessment("clb-1", List.of("contact-parents-1b", "clb-notification-5b"));

        assertThat(opening.caseOpeningRules(assessment, agreement)).extracting(AlertRule::ruleId)
                .containsExactly("clb-notification-5b");
        assertThat(opening.caseOpeningRules(assessment("clb-1", List.of("contact-parents-1b")), agreement)).isEmpty();
    }

    @Test
    void aNewCaseIsSignalledAssignedToTheClbAndExplainsItsTrigger() {
        RiskAssessmentChanged assessment = assessment("clb-1", List.of("clb-notification-5b"));

        CaseFile file = open(assessment);

        assertThat(file.status()).isEqualTo(CaseStatus.SIGNALLED);
        assertThat(file.caseType()).isEqualTo(CaseType.PROBLEMATIC_ABSENCE);
        assertThat(file.assignedClbId()).isEqualTo("clb-1");
        assertThat(file.openCaseKey()).isEqualTo("pupil-1|PROBLEMATIC_ABSENCE");
        assertThat(file.signals()).containsExactly(
                new Signal("clb-notification-5b", "assessment-1", "B half-days this school year: 5 ≥ 5", FRIDAY));
        assertThat(file.actions()).containsExactly(CaseAction.planned("a1", ActionType.START_CLB_GUIDANCE,
                CaseOpening.FIRST_ACTION, "clb-1", LocalDate.parse("2026-11-27")));
        assertThat(file.pendingEvents()).singleElement().isInstanceOf(CaseOpened.class);
        assertThat(file.pendingHistory()).singleElement().satisfies(entry ->
                assertThat(entry.what()).startsWith("case opened"));
    }

    @Test
    void theDeadlineCountsSchoolDaysOfTheAgreementCalendarSoAHolidayInBetweenMovesIt() {
        AgreementPublished withHoliday = new AgreementPublished("agreement-x", 3, "t", "region",
                LocalDate.parse("2026-09-01"), FRIDAY, List.of(), agreement.schools(), List.of(), agreement.rules(),
                List.of(new SchoolCalendar("2026-2027", LocalDate.parse("2026-09-01"), LocalDate.parse("2027-06-30"),
                        List.of(new Holiday("pedagogische studiedag", LocalDate.parse("2026-11-25"),
                                LocalDate.parse("2026-11-25"))))));
        RiskAssessmentChanged assessment = assessment("clb-1", List.of("clb-notification-5b"));

        CaseFile file = opening.open("c-1", assessment, withHoliday, opening.caseOpeningRules(assessment, withHoliday),
                FRIDAY, LocalDate.parse("2026-11-20"), null);

        // Friday 20 November + 5 school days: Friday 27 without the free Wednesday, Monday 30 with it.
        assertThat(file.actions()).extracting(CaseAction::dueDate).containsExactly(LocalDate.parse("2026-11-30"));
    }

    @Test
    void withoutAClbInTheAssessmentTheCaseGoesToTheClbOfTheSchoolInTheAgreement() {
        CaseFile file = open(assessment(null, List.of("clb-notification-5b")));

        assertThat(file.assignedClbId()).isEqualTo("clb-1");
        assertThat(file.municipalityId()).isEqualTo("municipality-1");
        assertThat(file.actions()).extracting(CaseAction::responsible).containsExactly("clb-1");
    }

    @Test
    void whenSeveralRulesOpenTheCaseTheStrictestDeadlineApplies() {
        CaseFile file = open(assessment("clb-1", List.of("clb-notification-5b", "problematically-absent-30b")));

        assertThat(file.signals()).extracting(Signal::ruleId)
                .containsExactly("clb-notification-5b", "problematically-absent-30b");
        assertThat(file.actions()).extracting(CaseAction::dueDate).containsExactly(LocalDate.parse("2026-11-24"));
    }

    @Test
    void aRuleWithoutDeadlineOpensACaseWithoutAFirstAction() {
        AgreementPublished noDeadline = new AgreementPublished("agreement-x", 3, "t", "region",
                LocalDate.parse("2026-09-01"), FRIDAY, List.of(), agreement.schools(), List.of(),
                List.of(rule("clb-notification-5b", true, null)), List.of());
        RiskAssessmentChanged assessment = assessment("clb-1", List.of("clb-notification-5b"));

        CaseFile file = opening.open("c-1", assessment, noDeadline, opening.caseOpeningRules(assessment, noDeadline),
                FRIDAY, LocalDate.parse("2026-11-20"), null);

        assertThat(file.actions()).isEmpty();
        assertThat(file.signals()).hasSize(1);
    }

    private CaseFile open(RiskAssessmentChanged assessment) {
        return opening.open("c-1", assessment, agreement, opening.caseOpeningRules(assessment, agreement), FRIDAY,
                LocalDate.parse("2026-11-20"), null);
    }

    private static RiskAssessmentChanged assessment(String clbId, List<String> newlyTriggered) {
        List<RuleOutcome> outcomes = List.of(new RuleOutcome("clb-notification-5b", "5 B", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR",
                5, 5, AttentionLevel.TARGETED, "B half-days this school year: 5 ≥ 5"));
        return new RiskAssessmentChanged("assessment-1", "pupil-1", "school-1", clbId, null, "2026-2027", "agreement-x",
                3, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL, outcomes, newlyTriggered, List.of(), FRIDAY);
    }

    private static AlertRule rule(String ruleId, boolean opensCase, Integer actWithinSchoolDays) {
        return new AlertRule(ruleId, ruleId + " description", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5,
                AttentionLevel.TARGETED, opensCase, List.of(), actWithinSchoolDays);
    }
}
