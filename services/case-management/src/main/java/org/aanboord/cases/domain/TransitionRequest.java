package org.aanboord.cases.domain;

import java.time.LocalDate;

import org.aanboord.contracts.cases.v1.CaseOutcome;

/**
 * What a transition may need besides the target state.
 *
 * @param ownerId     the owner taking the case into triage, if it has none yet
 * @param onHoldUntil until when the case is on hold
 * @param outcome     how the case ended, when closing
 */
public record TransitionRequest(String reason, String ownerId, LocalDate onHoldUntil, CaseOutcome outcome) {
}
