package org.aanboord.contracts.cases.v1;

import java.time.Instant;
import java.time.LocalDate;

/** An open action on a case is about to reach its deadline; published once per action and due date. */
public record CaseActionDue(
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
