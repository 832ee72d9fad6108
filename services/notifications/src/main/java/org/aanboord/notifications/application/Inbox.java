package org.aanboord.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** A recipient organisation's in-app inbox: list, open, mark read, acknowledge. */
@Service
public class Inbox {

    private final AlertStore store;
    private final OutboxRelay relay;
    private final EventJson json;
    private final ApplicationEventPublisher events;
    private final AlertMetrics metrics;
    private final Clock clock;

    Inbox(AlertStore store, OutboxRelay relay, EventJson json, ApplicationEventPublisher events, AlertMetrics metrics,
            Clock clock) {
        this.store = store;
        this.relay = relay;
        this.json = json;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    public List<Alert> of(String organisationId, boolean unreadOnly) {
        return store.inbox(organisationId, unreadOnly);
    }

    public Alert get(String alertId) {
        return store.find(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
    }

    public Alert markRead(String alertId) {
        get(alertId);
        store.markRead(alertId, clock.instant());
        return get(alertId);
    }

    /** Idempotent: the first acknowledgement is recorded and announced once; later ones return the alert as is. */
    public Alert acknowledge(String alertId) {
        Alert alert = get(alertId);
        if (alert.acknowledgedAt() == null) {
            Instant now = clock.instant();
            AlertAcknowledged event = new AlertAcknowledged(alert.id(), alert.recipient().organisationId(),
                    alert.rule().ruleId(), alert.deliveredAt(), now);
            OutgoingEvent outgoing = OutgoingEvent.of(event, alert.recipient().organisationId(), alert.id(), json);
            if (store.acknowledge(alertId, now, OutboxEntry.of(outgoing))) {
                relay.relaySoon(store.collection(), alertId);
                metrics.acknowledged(alert);
            }
            store.markRead(alertId, now);
            Alert acknowledged = get(alertId);
            events.publishEvent(new AlertPosted(acknowledged));
            return acknowledged;
        }
        return alert;
    }
}
