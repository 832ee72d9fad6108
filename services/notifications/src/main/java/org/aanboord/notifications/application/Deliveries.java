package org.aanboord.notifications.application;

import java.time.Clock;
import java.util.List;

import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryStatus;
import org.springframework.stereotype.Service;

/** The delivery log for operators: what went where, what is dead, and resending. */
@Service
public class Deliveries {

    private final DeliveryStore store;
    private final AlertStore alerts;
    private final Clock clock;

    Deliveries(DeliveryStore store, AlertStore alerts, Clock clock) {
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
    }

    public List<Delivery> ofAlert(String alertId) {
        alerts.find(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
        return store.ofAlert(alertId);
    }

    public List<Delivery> withStatus(DeliveryStatus status) {
        return store.withStatus(status);
    }

    /** Sends it again from scratch (attempts and horizon reset); the dispatcher picks it up on its next round. */
    public Delivery resend(String deliveryId) {
        return store.resend(deliveryId, clock.instant()).orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
    }
}
