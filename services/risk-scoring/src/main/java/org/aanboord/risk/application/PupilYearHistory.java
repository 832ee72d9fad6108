package org.aanboord.risk.application;

import java.util.List;

import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;

/**
 * A pupil's school year as the console reads it: the state and every assessment published for it, oldest first.
 */
public record PupilYearHistory(PupilYearState state, List<RiskAssessmentChanged> assessments) {
}
