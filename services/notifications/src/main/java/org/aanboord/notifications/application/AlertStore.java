package org.aanboord.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.outbox.OutboxEntry;

/** Where alerts are kept; the store doubles as the sent-ledger because an alert's id is its delivery identity. */
public interface AlertStore {

    /**
     * Stores a new alert together with its pending event, atomically; does nothing when an alert with that id
     * exists (it was delivered before).
     *
     * @return true if the alert was new
     */
    boolean insertIfAbsent(Alert alert, OutboxEntry delivered);

    Optional<Alert> find(String alertId);

    /** The recipient organisation's alerts, newest first. */
    List<Alert> inbox(String organisationId, boolean unreadOnly);

    /** Records the first read; later reads change nothing. */
    void markRead(String alertId, Instant at);

    /**
     * Records the acknowledgement together with its pending event, atomically, unless the alert was acknowledged
     * before.
     *
     * @return true if this call acknowledged it
     */
    boolean acknowledge(String alertId, Instant at, OutboxEntry acknowledged);

    /** Adds an event to the alert's outbox (never replacing what is pending there). */
    void appendOutbox(String alertId, OutboxEntry event);

    /** Alerts with an acknowledgement deadline that were neither acknowledged nor escalated. */
    List<Alert> awaitingAcknowledgement();

    /**
     * Records the escalation with its events, atomically, unless the alert was acknowledged or escalated meanwhile.
     *
     * @return true if this call escalated it
     */
    boolean markEscalated(String alertId, Instant at, List<OutboxEntry> escalated);

    /** The collection that holds the outbox, for the relay. */
    String collection();
}
