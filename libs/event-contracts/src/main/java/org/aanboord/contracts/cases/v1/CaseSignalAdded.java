package org.aanboord.contracts.cases.v1;

import java.time.Instant;

/** A further rule crossing landed on an already open case instead of opening a second one. */
public record CaseSignalAdded(
        String caseId,
        String pupilPseudonym,
        String ruleId,
        String assessmentId,
        Instant addedAt) implements CaseLifecycleEvent {
}
