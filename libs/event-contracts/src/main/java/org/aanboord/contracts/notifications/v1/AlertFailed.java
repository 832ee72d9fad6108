package org.aanboord.contracts.notifications.v1;

import java.time.Instant;

/**
 * An alert could not be delivered on a channel within the retry horizon: the delivery is dead-lettered and an
 * operator must look (it can be resent). The in-app inbox copy is unaffected.
 *
 * @param channel  {@code EMAIL} or {@code WEBHOOK}
 * @param target   which endpoint or mail server, by its configured name (never an address of a person)
 * @param attempts how many times delivery was tried
 */
public record AlertFailed(
        String alertId,
        String recipientOrganisationId,
        String channel,
        String target,
        int attempts,
        String lastError,
        Instant firstAttemptAt,
        Instant failedAt) implements NotificationOutcomeEvent {
}
