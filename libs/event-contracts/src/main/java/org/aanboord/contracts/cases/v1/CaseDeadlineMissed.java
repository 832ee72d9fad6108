package org.aanboord.contracts.cases.v1;

import java.time.Instant;
import java.time.LocalDate;

/** An action on a case was still open after its last school day; published once per action and due date. */
public record CaseDeadlineMissed(
        String caseId,
        String pupilPseudonym,
        String actionId,
        String catalogueCode,
        String responsible,
        LocalDate dueDate,
        String schoolId,
        String assignedClbId,
        Instant detectedAt) implements CaseLifecycleEvent {
}
