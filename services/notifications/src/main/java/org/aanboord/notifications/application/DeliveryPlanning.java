package org.aanboord.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryStatus;
import org.springframework.stereotype.Service;

/**
 * Plans one delivery per channel that reaches the alert's recipient. Delivery ids are deterministic, so planning
 * the same alert again (a replayed assessment after a crash) plans nothing new.
 */
@Service
public class DeliveryPlanning {

    private final DeliveryStore store;
    private final List<AlertSender> senders;
    private final Clock clock;

    DeliveryPlanning(DeliveryStore store, List<AlertSender> senders, Clock clock) {
        this.store = store;
        this.senders = List.copyOf(senders);
        this.clock = clock;
    }

    public void plan(Alert alert) {
        Instant now = clock.instant();
        for (AlertSender sender : senders) {
            sender.breakerFor(alert).ifPresent(breaker -> {
                String id = Delivery.idOf(alert.id(), sender.channel());
                if (store.find(id).isEmpty()) {
                    store.planIfAbsent(new Delivery(id, alert.id(), alert.recipient().organisationId(),
                            sender.channel(), Delivery.laneOf(sender.channel(), alert.recipient().organisationId()),
                            breaker, store.nextSequence(), DeliveryStatus.PENDING, 0, now, now, null, null));
                }
            });
        }
    }
}
