package org.aanboord.notifications.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off between attempts, capped, until the retry horizon: after that the delivery is dead.
 */
public record RetryPolicy(Duration initialBackOff, double multiplier, Duration maxBackOff, Duration horizon) {

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration backOffAfter(int attempts) {
        double millis = initialBackOff.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return millis >= maxBackOff.toMillis() ? maxBackOff : Duration.ofMillis((long) millis);
    }

    /** When to try again after a failure, or null when the next attempt would fall past the horizon. */
    public Instant nextAttempt(Delivery failed, int attempts, Instant now) {
        Instant next = now.plus(backOffAfter(attempts));
        return next.isAfter(failed.horizonStart().plus(horizon)) ? null : next;
    }
}
