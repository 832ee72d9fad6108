package org.aanboord.cases.domain;

import java.time.LocalDate;

/**
 * Something someone has to do on a case.
 *
 * @param responsible the organisation that has to act (for the first action: the CLB)
 * @param dueDate     the last school day to act on, or null when the agreement sets no deadline
 */
public record CaseAction(ActionType type, String description, String responsible, LocalDate dueDate,
        ActionStatus status) {
}
