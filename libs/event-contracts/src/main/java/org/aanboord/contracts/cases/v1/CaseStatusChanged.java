package org.aanboord.contracts.cases.v1;

import java.time.Instant;

/**
 * A case moved to another state of its lifecycle (domain §5.4), e.g. from TRIAGE to CLB_GUIDANCE, on hold, or
 * closed with an outcome.
 *
 * @param outcome only when {@code to} is CLOSED
 */
public record CaseStatusChanged(
        String caseId,
        String pupilPseudonym,
        CaseStatus from,
        CaseStatus to,
        String reason,
        CaseOutcome outcome,
        String schoolId,
        String assignedClbId,
        Instant changedAt) implements CaseLifecycleEvent {
}
