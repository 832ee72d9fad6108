package org.aanboord.contracts.notifications.v1;

import java.time.Instant;

/** An alert reached a recipient on a channel (for now the in-app inbox). */
public record AlertDelivered(
        String alertId,
        String recipientOrganisationId,
        String recipientRole,
        String channel,
        String pupilPseudonym,
        String ruleId,
        String agreementId,
        int agreementVersion,
        String assessmentId,
        Instant deliveredAt) implements NotificationOutcomeEvent {
}
