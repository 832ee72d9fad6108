package org.aanboord.notifications.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryChannel;
import org.aanboord.notifications.domain.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * Sends the deliveries that are due, lane by lane (one channel to one recipient), oldest first. A failure stops
 * its lane for this round, so nothing overtakes it: after an outage a recipient gets its alerts in the order they
 * were raised. Every attempt goes through the circuit breaker of its endpoint or mail server; a delivery that is
 * still not accepted at the end of the retry horizon is dead: the operator hears about it (log, metric, AlertFailed)
 * and can resend it.
 */
@Service
public class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryStore deliveries;
    private final AlertStore alerts;
    private final Map<DeliveryChannel, AlertSender> senders;
    private final CircuitBreakerRegistry breakers;
    private final RetryPolicy retry;
    private final Duration lease;
    private final Outcomes outcomes;
    private final AlertMetrics metrics;
    private final Clock clock;

    DeliveryDispatcher(DeliveryStore deliveries, AlertStore alerts, List<AlertSender> senders,
            CircuitBreakerRegistry breakers, RetryPolicy retry, DeliverySettings settings, Outcomes outcomes,
            AlertMetrics metrics, Clock clock) {
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.senders = senders.stream().collect(Collectors.toMap(AlertSender::channel, Function.identity()));
        this.breakers = breakers;
        this.retry = retry;
        this.lease = settings.lease();
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** One round over every lane with something due; returns how many deliveries were accepted. */
    public int dispatchDue() {
        int accepted = 0;
        for (String lane : deliveries.lanesWithDue(clock.instant())) {
            accepted += drain(lane);
        }
        return accepted;
    }

    private int drain(String lane) {
        int accepted = 0;
        while (true) {
            Instant now = clock.instant();
            Optional<Delivery> head = deliveries.head(lane).filter(delivery -> !delivery.nextAttemptAt().isAfter(now));
            Optional<Delivery> claimed = head.flatMap(delivery -> deliveries.claim(delivery.id(), now, now.plus(lease)));
            if (claimed.isEmpty() || !attempt(claimed.get())) {
                return accepted;
            }
            accepted++;
        }
    }

    private boolean attempt(Delivery delivery) {
        Optional<Alert> alert = alerts.find(delivery.alertId());
        AlertSender sender = senders.get(delivery.channel());
        int attempts = delivery.attempts() + 1;
        if (alert.isEmpty() || sender == null) {
            dead(delivery, alert.orElse(null), attempts, alert.isEmpty() ? "alert is gone" : "channel is disabled");
            return true;
        }
        try {
            breakers.circuitBreaker(delivery.breaker())
                    .executeCheckedRunnable(() -> sender.send(alert.get(), delivery.id()));
        } catch (Throwable e) {
            failed(delivery, alert.get(), attempts, e.toString());
            return false;
        }
        Instant now = clock.instant();
        deliveries.markDelivered(delivery.id(), attempts, now);
        outcomes.announceDelivered(alert.get(), delivery, now);
        log.info("Alert {} delivered by {} to {} after {} attempt(s)", delivery.alertId(), delivery.channel(),
                delivery.recipientOrganisationId(), attempts);
        return true;
    }

    private void failed(Delivery delivery, Alert alert, int attempts, String error) {
        Instant next = retry.nextAttempt(delivery, attempts, clock.instant());
        if (next == null) {
            dead(delivery, alert, attempts, error);
        } else {
            deliveries.retryAt(delivery.id(), attempts, next, error);
            log.warn("Alert {} not delivered by {} to {} (attempt {}): {}; next attempt at {}", delivery.alertId(),
                    delivery.channel(), delivery.recipientOrganisationId(), attempts, error, next);
        }
    }

    private void dead(Delivery delivery, Alert alert, int attempts, String error) {
        deliveries.markDead(delivery.id(), attempts, error);
        metrics.deliveryDead(delivery.channel());
        log.error("OPERATOR: alert {} could not be delivered by {} to {} within the retry horizon ({} attempts, "
                + "last error: {}); resend with POST /api/deliveries/{}/resend", delivery.alertId(), delivery.channel(),
                delivery.recipientOrganisationId(), attempts, error, delivery.id());
        if (alert != null) {
            outcomes.announceFailed(alert, delivery, attempts, error, clock.instant());
        }
    }
}
