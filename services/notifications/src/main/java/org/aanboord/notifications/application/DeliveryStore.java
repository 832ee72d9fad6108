package org.aanboord.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryStatus;

/** Durable delivery records: retry state survives restarts, and claiming one is atomic across instances. */
public interface DeliveryStore {

    /** Stores the delivery unless one with its id exists. */
    void planIfAbsent(Delivery delivery);

    /** A number that grows with every call, across instances: the order deliveries were planned in. */
    long nextSequence();

    /** Lanes whose oldest pending delivery may be due. */
    List<String> lanesWithDue(Instant now);

    /** The oldest pending delivery of a lane, due or not: nothing in the lane may overtake it. */
    Optional<Delivery> head(String lane);

    /** Takes the delivery for one attempt until {@code leaseUntil}, unless another worker holds it. */
    Optional<Delivery> claim(String deliveryId, Instant now, Instant leaseUntil);

    void markDelivered(String deliveryId, int attempts, Instant at);

    void retryAt(String deliveryId, int attempts, Instant nextAttemptAt, String error);

    void markDead(String deliveryId, int attempts, String error);

    /** Back to pending with a fresh horizon, whatever its state; empty when no such delivery. */
    Optional<Delivery> resend(String deliveryId, Instant now);

    Optional<Delivery> find(String deliveryId);

    List<Delivery> ofAlert(String alertId);

    List<Delivery> withStatus(DeliveryStatus status);
}
