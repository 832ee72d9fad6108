package org.aanboord.notifications.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retry and scheduling of e-mail and webhook deliveries ({@code aanboord.notifications.delivery.*}).
 *
 * @param retryHorizon how long to keep trying before a delivery is dead (the agreement's retry horizon)
 * @param lease        how long one attempt may hold a delivery before another worker may take it over
 */
@ConfigurationProperties("aanboord.notifications.delivery")
public record DeliverySettings(
        @DefaultValue("30s") Duration initialBackOff,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("10m") Duration maxBackOff,
        @DefaultValue("24h") Duration retryHorizon,
        @DefaultValue("1m") Duration lease) {
}
