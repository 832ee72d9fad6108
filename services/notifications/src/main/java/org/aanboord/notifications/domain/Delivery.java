package org.aanboord.notifications.domain;

import java.time.Instant;
import java.util.Locale;

/**
 * One alert on one channel, with its retry state. Deliveries that share a {@code lane} (one channel to one recipient
 * organisation) go out strictly in {@code sequence} order; {@code breaker} names the endpoint or mail server whose
 * circuit breaker guards the attempt.
 *
 * @param id            deterministic from (alert, channel): planning the same alert twice makes no second delivery;
 *                      also the {@code webhook-id}, so receivers can drop a repeat
 * @param horizonStart  when retrying started (or was restarted by a resend); the retry horizon counts from here
 * @param nextAttemptAt not before this instant
 */
public record Delivery(
        String id,
        String alertId,
        String recipientOrganisationId,
        DeliveryChannel channel,
        String lane,
        String breaker,
        long sequence,
        DeliveryStatus status,
        int attempts,
        Instant horizonStart,
        Instant nextAttemptAt,
        String lastError,
        Instant deliveredAt) {

    public static String idOf(String alertId, DeliveryChannel channel) {
        return alertId + ":" + channel.name().toLowerCase(Locale.ROOT);
    }

    public static String laneOf(DeliveryChannel channel, String recipientOrganisationId) {
        return channel.name() + "|" + recipientOrganisationId;
    }
}
