package org.aanboord.contracts.notifications.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Nobody at the recipient acknowledged an alert that required action by its deadline, so the party the agreement
 * names next got an escalation alert of its own ({@code escalationAlertId}), which can be acknowledged in turn.
 *
 * @param dueBy the last school day on which acknowledging was on time
 */
public record AlertEscalated(
        String alertId,
        String recipientOrganisationId,
        String ruleId,
        LocalDate dueBy,
        String escalationAlertId,
        String escalatedToOrganisationId,
        String escalatedToParty,
        Instant escalatedAt) implements NotificationOutcomeEvent {
}
