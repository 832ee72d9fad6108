package org.aanboord.contracts.notifications.v1;

/** Events on {@code notifications.outcomes.v1}, keyed by recipient organisation id. */
public sealed interface NotificationOutcomeEvent permits AlertDelivered, AlertAcknowledged, AlertFailed, AlertEscalated {

    String alertId();

    String recipientOrganisationId();
}
