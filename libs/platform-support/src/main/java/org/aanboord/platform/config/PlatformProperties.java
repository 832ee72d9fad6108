package org.aanboord.platform.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Platform settings shared by every service.
 *
 * @param outboxCollections collections whose documents carry an {@code outbox} array to relay
 * @param topicPartitions   partitions of the catalog topics when this service creates them
 * @param topicReplicas     replication factor of the catalog topics (1 locally, 3 on a cluster)
 * @param ackTimeout        how long a publish may wait for the broker before the caller reports unavailability
 * @param outbox            the outbox sweep
 * @param startAfterAgreements bindings (with {@code auto-startup: false}) started only once the agreements are read:
 *                          see {@link org.aanboord.platform.agreements.AgreementsFirst}
 */
@ConfigurationProperties("aanboord")
public record PlatformProperties(List<String> outboxCollections, Integer topicPartitions, Short topicReplicas,
        Duration ackTimeout, Outbox outbox, List<String> startAfterAgreements) {

    public PlatformProperties {
        outboxCollections = outboxCollections == null ? List.of() : outboxCollections;
        topicPartitions = topicPartitions == null ? 3 : topicPartitions;
        topicReplicas = topicReplicas == null ? 1 : topicReplicas;
        ackTimeout = ackTimeout == null ? Duration.ofSeconds(10) : ackTimeout;
        outbox = outbox == null ? new Outbox(null) : outbox;
        startAfterAgreements = startAfterAgreements == null ? List.of() : startAfterAgreements;
    }

    /**
     * The outbox sweep (its interval, {@code aanboord.outbox.sweep-interval}, is read by the scheduler itself).
     *
     * @param sweepMinAge how old a pending entry must be before the sweep publishes it; younger ones are on their way
     */
    public record Outbox(Duration sweepMinAge) {

        public Outbox {
            sweepMinAge = sweepMinAge == null ? Duration.ofSeconds(5) : sweepMinAge;
        }
    }
}
