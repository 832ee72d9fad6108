package org.aanboord.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.calendar.SchoolDays;

/** What a risk assessment means for case management, judged by the agreement version the assessment applied. */
public final class CaseOpening {

    /** The attendance rules of an agreement open problematic-absence cases; other case types come later. */
    public static final CaseType CASE_TYPE = CaseType.PROBLEMATIC_ABSENCE;

    static final String FIRST_ACTION = ActionType.START_CLB_GUIDANCE.label();

    /** The rules that newly hold with this assessment and, by the agreement, call for a case. */
    public List<AlertRule> caseOpeningRules(RiskAssessmentChanged assessment, AgreementPublished agreement) {
        return assessment.newlyTriggeredRuleIds().stream()
                .distinct()
                .map(ruleId -> rule(agreement, ruleId))
                .flatMap(Optional::stream)
                .filter(AlertRule::opensCase)
                .toList();
    }

    /** One signal per rule, explained with the numbers the assessment gave. */
    public List<Signal> signals(RiskAssessmentChanged assessment, List<AlertRule> rules, Instant at) {
        return rules.stream()
                .map(rule -> new Signal(rule.ruleId(), assessment.assessmentId(), explanation(assessment, rule), at))
                .toList();
    }

    /**
     * The case these rules open: signalled, assigned to the CLB serving the school, and with the CLB's first action
     * due within the strictest deadline the rules set, counted in school days of the agreement's calendar.
     *
     * @param reopenedFromCaseId the pupil's last closed case of this type, when this crossing is a relapse
     */
    public CaseFile open(String caseId, RiskAssessmentChanged assessment, AgreementPublished agreement,
            List<AlertRule> rules, Instant openedAt, LocalDate openingDay, String reopenedFromCaseId) {
        SchoolDays schoolDays = new SchoolDays(agreement.calendars());
        Optional<School> school = agreement.schools().stream()
                .filter(candidate -> candidate.id().equals(assessment.schoolId()))
                .findFirst();
        String clbId = assessment.clbId() != null ? assessment.clbId() : school.map(School::clbId).orElse(null);
        String municipalityId = assessment.municipalityId() != null
                ? assessment.municipalityId() : school.map(School::municipalityId).orElse(null);
        List<CaseAction> actions = rules.stream()
                .map(AlertRule::actWithinSchoolDays)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(days -> CaseAction.planned("a1", ActionType.START_CLB_GUIDANCE, FIRST_ACTION, clbId,
                        schoolDays.plusSchoolDays(openingDay, days)))
                .stream()
                .toList();
        List<Signal> signals = signals(assessment, rules, openedAt);
        CaseFile file = CaseFile.signalled(caseId, assessment.pupilPseudonym(), CASE_TYPE, assessment.schoolId(),
                clbId, municipalityId, agreement.agreementId(), agreement.version(), openedAt, reopenedFromCaseId,
                signals, actions, signals.get(0).explanation());
        Signal trigger = signals.get(0);
        file.recordEvent(new CaseOpened(caseId, assessment.pupilPseudonym(), CASE_TYPE, CaseStatus.SIGNALLED,
                assessment.schoolId(), clbId, municipalityId, trigger.ruleId(), trigger.assessmentId(),
                agreement.agreementId(), agreement.version(), openedAt));
        return file;
    }

    private static Optional<AlertRule> rule(AgreementPublished agreement, String ruleId) {
        return agreement.rules().stream().filter(rule -> rule.ruleId().equals(ruleId)).findFirst();
    }

    private static String explanation(RiskAssessmentChanged assessment, AlertRule rule) {
        return assessment.triggeredRules().stream()
                .filter(outcome -> outcome.ruleId().equals(rule.ruleId()))
                .map(RuleOutcome::explanation)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(rule.description());
    }
}
