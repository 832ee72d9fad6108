package org.aanboord.notifications.application;

import java.util.ArrayList;
import java.util.List;

import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.DeliveryChannel;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business counters of the alerts (business dashboard, docs/operations/observability.md), counted once the
 * change is stored. Tags are categories only (channel, recipient party): no pupil or organisation ids. Every
 * counter exists from the start, so a dashboard shows 0 and an alert rule sees an increase from the first one.
 */
@Component
class AlertMetrics {

    private final MeterRegistry meters;

    AlertMetrics(MeterRegistry meters) {
        this.meters = meters;
        List<String> channels = new ArrayList<>(List.of(Outcomes.CHANNEL_INBOX));
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            channels.add(channel.name());
        }
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            dead(channel);
        }
        for (RecipientParty party : RecipientParty.values()) {
            for (String channel : channels) {
                delivered(channel, party.name());
            }
            partyCounter("acknowledged", party.name());
            partyCounter("escalated", party.name());
        }
    }

    void delivered(Alert alert, String channel) {
        delivered(channel, party(alert)).increment();
    }

    /** A delivery given up after the retry horizon; an operator must look and may resend. */
    void deliveryDead(DeliveryChannel channel) {
        dead(channel).increment();
    }

    void acknowledged(Alert alert) {
        partyCounter("acknowledged", party(alert)).increment();
    }

    /** An alert nobody acknowledged in time: the agreement's deadline was missed and the next party is told. */
    void escalated(Alert overdue) {
        partyCounter("escalated", party(overdue)).increment();
    }

    private Counter delivered(String channel, String party) {
        return meters.counter("notifications.alerts.delivered", "channel", channel, "party", party);
    }

    private Counter dead(DeliveryChannel channel) {
        return Counter.builder("aanboord.notifications.deliveries.dead")
                .description("Deliveries given up after the retry horizon; an operator must look and may resend")
                .tag("channel", channel.name())
                .register(meters);
    }

    private Counter partyCounter(String outcome, String party) {
        return meters.counter("notifications.alerts." + outcome, "party", party);
    }

    private static String party(Alert alert) {
        return alert.recipient().party().name();
    }
}
