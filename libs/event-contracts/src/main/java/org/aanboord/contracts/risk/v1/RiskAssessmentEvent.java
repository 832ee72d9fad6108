package org.aanboord.contracts.risk.v1;

/** Events on {@code risk.assessments.v1}, keyed by pupil pseudonym. */
public sealed interface RiskAssessmentEvent permits RiskAssessmentChanged {

    String pupilPseudonym();
}
