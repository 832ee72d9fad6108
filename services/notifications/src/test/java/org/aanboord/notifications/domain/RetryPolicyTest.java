package org.aanboord.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant START = Instant.parse("2026-11-20T08:00:00Z");

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10),
            Duration.ofHours(24));

    @Test
    void backOffDoublesFromThirtySecondsUpToTenMinutes() {
        assertThat(policy.backOffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.backOffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backOffAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(policy.backOffAfter(6)).isEqualTo(Duration.ofMinutes(10));
        assertThat(policy.backOffAfter(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aNextAttemptPastTheHorizonMeansDead() {
        Delivery delivery = new Delivery("a:webhook", "a", "municipality", DeliveryChannel.WEBHOOK, "WEBHOOK|municipality",
                "webhook-municipality", 1, DeliveryStatus.PENDING, 3, START, START, null, null);

        assertThat(policy.nextAttempt(delivery, 4, START.plus(Duration.ofHours(1))))
                .isEqualTo(START.plus(Duration.ofHours(1)).plus(Duration.ofMinutes(4)));
        assertThat(policy.nextAttempt(delivery, 150, START.plus(Duration.ofHours(23).plusMinutes(55)))).isNull();
    }
}
