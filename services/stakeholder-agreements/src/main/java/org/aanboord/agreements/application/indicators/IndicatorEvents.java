package org.aanboord.agreements.application.indicators;

import org.aanboord.contracts.cases.v1.CaseLifecycleEvent;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.notifications.v1.AlertEscalated;
import org.aanboord.contracts.notifications.v1.NotificationOutcomeEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.springframework.stereotype.Service;

/** Turns platform events into indicator facts and marks the agreements whose indicators they move. */
@Service
public class IndicatorEvents {

    static final String B_SCHOOL_YEAR = "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR";
    static final int PROBLEMATICALLY_ABSENT = 30;

    private final IndicatorFacts facts;
    private final IndicatorMeasuring measuring;

    IndicatorEvents(IndicatorFacts facts, IndicatorMeasuring measuring) {
        this.facts = facts;
        this.measuring = measuring;
    }

    /** Assessments list the rules that hold with their numbers; 30 B half-days show as such a number. */
    public void assessed(RiskAssessmentChanged assessment) {
        boolean atLeast30 = assessment.triggeredRules().stream()
                .filter(outcome -> B_SCHOOL_YEAR.equals(outcome.measure()))
                .mapToInt(RuleOutcome::value)
                .anyMatch(value -> value >= PROBLEMATICALLY_ABSENT);
        facts.pupilAssessed(assessment.agreementId(), assessment.pupilPseudonym(), assessment.schoolYear(), atLeast30,
                assessment.assessedAt());
        measuring.factsChanged(assessment.agreementId());
    }

    public void notified(NotificationOutcomeEvent event) {
        if (event instanceof AlertDelivered delivered) {
            facts.alertDelivered(delivered.alertId(), delivered.agreementId(), delivered.recipientOrganisationId());
        } else if (event instanceof AlertAcknowledged acknowledged) {
            facts.alertAcknowledged(acknowledged.alertId()).ifPresent(measuring::factsChanged);
        } else if (event instanceof AlertEscalated escalated) {
            facts.alertEscalated(escalated.alertId()).ifPresent(measuring::factsChanged);
        }
    }

    public void caseChanged(CaseLifecycleEvent event) {
        if (event instanceof CaseOpened opened) {
            facts.caseOpened(opened.caseId(), opened.agreementId(), opened.schoolId());
            measuring.factsChanged(opened.agreementId());
        } else if (event instanceof CaseStatusChanged changed) {
            facts.caseStatusChanged(changed.caseId(), changed.to()).ifPresent(measuring::factsChanged);
        }
    }
}
