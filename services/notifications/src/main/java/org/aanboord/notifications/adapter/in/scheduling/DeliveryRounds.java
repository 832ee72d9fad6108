package org.aanboord.notifications.adapter.in.scheduling;

import org.aanboord.notifications.application.DeliveryDispatcher;
import org.aanboord.notifications.application.Escalations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The clock-driven work: sending due deliveries and escalating overdue alerts. All state lives in MongoDB, so a
 * restart or a second instance picks up where this one stopped.
 */
@Component
class DeliveryRounds {

    private final DeliveryDispatcher dispatcher;
    private final Escalations escalations;

    DeliveryRounds(DeliveryDispatcher dispatcher, Escalations escalations) {
        this.dispatcher = dispatcher;
        this.escalations = escalations;
    }

    @Scheduled(fixedDelayString = "${aanboord.notifications.delivery.poll-interval:1s}")
    void deliverDue() {
        dispatcher.dispatchDue();
    }

    @Scheduled(fixedDelayString = "${aanboord.notifications.escalation.check-interval:1m}")
    void escalateOverdue() {
        escalations.escalateOverdue();
    }
}
