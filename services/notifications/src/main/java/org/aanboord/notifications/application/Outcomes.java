package org.aanboord.notifications.application;

import java.time.Instant;

import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.notifications.v1.AlertEscalated;
import org.aanboord.contracts.notifications.v1.AlertFailed;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.Delivery;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Component;

/**
 * Announces what happened to an alert on {@code notifications.outcomes.v1}, through the outbox of the alert's own
 * document (so the event is stored in the same write as the state change elsewhere, or right after it).
 */
@Component
public class Outcomes {

    static final String CHANNEL_INBOX = "INBOX";

    private final AlertStore alerts;
    private final OutboxRelay relay;
    private final EventJson json;
    private final AlertMetrics metrics;

    Outcomes(AlertStore alerts, OutboxRelay relay, EventJson json, AlertMetrics metrics) {
        this.alerts = alerts;
        this.relay = relay;
        this.json = json;
        this.metrics = metrics;
    }

    OutboxEntry delivered(Alert alert, String channel, Instant at) {
        return entry(alert, new AlertDelivered(alert.id(), alert.recipient().organisationId(),
                alert.recipient().party().name(), channel, alert.pupilPseudonym(), alert.rule().ruleId(),
                alert.rule().agreementId(), alert.rule().agreementVersion(), alert.rule().assessmentId(), at));
    }

    OutboxEntry escalated(Alert overdue, Alert escalation, Instant at) {
        return entry(overdue, new AlertEscalated(overdue.id(), overdue.recipient().organisationId(),
                overdue.rule().ruleId(), overdue.dueBy(), escalation.id(), escalation.recipient().organisationId(),
                escalation.recipient().party().name(), at));
    }

    /** Appends an event about a delivery to the alert's outbox and relays it. */
    void announceDelivered(Alert alert, Delivery delivery, Instant at) {
        append(alert.id(), delivered(alert, delivery.channel().name(), at));
        metrics.delivered(alert, delivery.channel().name());
    }

    void announceFailed(Alert alert, Delivery delivery, int attempts, String error, Instant at) {
        append(alert.id(), entry(alert, new AlertFailed(alert.id(), alert.recipient().organisationId(),
                delivery.channel().name(), delivery.breaker(), attempts, error, delivery.horizonStart(), at)));
    }

    void relay(String alertId) {
        relay.relaySoon(alerts.collection(), alertId);
    }

    private void append(String alertId, OutboxEntry entry) {
        alerts.appendOutbox(alertId, entry);
        relay(alertId);
    }

    private OutboxEntry entry(Alert alert, Record event) {
        return OutboxEntry.of(OutgoingEvent.of(event, alert.recipient().organisationId(), alert.id(), json));
    }
}
