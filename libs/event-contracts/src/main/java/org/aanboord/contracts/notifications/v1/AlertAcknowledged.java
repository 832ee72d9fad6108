package org.aanboord.contracts.notifications.v1;

import java.time.Instant;

/** Someone at the recipient organisation acknowledged the alert: the agreed follow-up has an owner. */
public record AlertAcknowledged(
        String alertId,
        String recipientOrganisationId,
        String ruleId,
        Instant deliveredAt,
        Instant acknowledgedAt) implements NotificationOutcomeEvent {
}
