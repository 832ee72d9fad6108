package org.aanboord.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something someone has to do on a case.
 *
 * @param responsible       the organisation or participant that has to act (for the first action: the CLB)
 * @param dueDate           the last school day to act on, or null when no deadline applies
 * @param dueReportedFor    the due date for which "due soon" was already published, so it is published once
 * @param missedReportedFor the due date for which "missed" was already published
 */
public record CaseAction(String actionId, ActionType type, String description, String responsible, LocalDate dueDate,
        ActionStatus status, Instant completedAt, String outcome, LocalDate dueReportedFor,
        LocalDate missedReportedFor) {

    public static CaseAction planned(String actionId, ActionType type, String description, String responsible,
            LocalDate dueDate) {
        return new CaseAction(actionId, type, description, responsible, dueDate, ActionStatus.OPEN, null, null, null,
                null);
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public boolean isOverdueOn(LocalDate day) {
        return isOpen() && dueDate != null && day.isAfter(dueDate);
    }

    CaseAction completed(Instant at, String result) {
        return new CaseAction(actionId, type, description, responsible, dueDate, ActionStatus.DONE, at, result,
                dueReportedFor, missedReportedFor);
    }

    CaseAction due(LocalDate newDueDate) {
        return new CaseAction(actionId, type, description, responsible, newDueDate, status, completedAt, outcome,
                dueReportedFor, missedReportedFor);
    }

    CaseAction dueReported() {
        return new CaseAction(actionId, type, description, responsible, dueDate, status, completedAt, outcome,
                dueDate, missedReportedFor);
    }

    CaseAction missedReported() {
        return new CaseAction(actionId, type, description, responsible, dueDate, status, completedAt, outcome,
                dueReportedFor, dueDate);
    }
}
