package org.aanboord.contracts.cases.v1;

import java.time.Instant;

/** A follow-up file was opened for a pupil and assigned to the CLB that serves the pupil's school. */
public record CaseOpened(
        String caseId,
        String pupilPseudonym,
        CaseType caseType,
        CaseStatus status,
        String schoolId,
        String assignedClbId,
        String municipalityId,
        String triggerRuleId,
        String assessmentId,
        String agreementId,
        int agreementVersion,
        Instant openedAt) implements CaseLifecycleEvent {
}
