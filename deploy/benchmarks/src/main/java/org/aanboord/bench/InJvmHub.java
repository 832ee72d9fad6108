package org.aanboord.bench;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.endtoend.Platform;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.risk.application.RebuildState;
import org.aanboord.risk.application.RebuildState.RebuildReport;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The broker (real Kafka, KRaft), the MongoDB-wire store and the five services in this JVM, as the end-to-end test
 * runs them. Synthetic regions are published through the agreements service's own publisher.
 */
final class InJvmHub implements AutoCloseable {

    private final EmbeddedInfrastructure infrastructure;
    private final Platform platform;
    private final Admin admin;

    private InJvmHub(EmbeddedInfrastructure infrastructure, Platform platform) {
        this.infrastructure = infrastructure;
        this.platform = platform;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    static InJvmHub start() {
        // A benchmark offers one region's load: per-school rate limits (a protection against one school's
        // runaway software) would measure the limiter, not the hub.
        System.setProperty("resilience4j.ratelimiter.configs.per-school.limit-for-period", "100000000");
        long start = System.nanoTime();
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        Platform platform = new Platform(infrastructure);
        Report.figure("in-JVM broker + store + five services started in", (System.nanoTime() - start) / 1e9, "s");
        return new InJvmHub(infrastructure, platform);
    }

    String bootstrapServers() {
        return infrastructure.kafkaBootstrapServers();
    }

    String ingestionUrl() {
        return "http://localhost:" + platform.ingestion.getEnvironment().getProperty("local.server.port");
    }

    ConfigurableApplicationContext notifications() {
        return platform.notifications;
    }

    /** The pseudonym ingestion gives a pupil named by the school's own id. */
    String pseudonymOf(String schoolId, String pupilId) {
        return platform.ingestion.getBean(Pseudonymizer.class).ofLocalId(schoolId, pupilId);
    }

    /** Publishes the region's agreement and waits until every consuming service knows its schools. */
    void publish(AgreementPublished agreement) {
        EventJson json = platform.agreements.getBean(EventJson.class);
        String key = agreement.agreementId() + ":v" + agreement.version();
        platform.agreements.getBean(EventPublisher.class)
                .publishAndWait(OutgoingEvent.of(agreement, key, agreement.agreementId(), json));
        String lastSchool = agreement.schools().get(agreement.schools().size() - 1).id();
        for (ConfigurableApplicationContext service : List.of(platform.ingestion, platform.risk, platform.cases,
                platform.notifications)) {
            AgreementDirectory directory = service.getBean(AgreementDirectory.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> directory.knowsSchool(lastSchool));
        }
    }

    /** Records not yet processed by a consumer group on a topic (end offsets minus committed offsets). */
    long lag(String group, String topic) {
        Map<TopicPartition, OffsetAndMetadata> committed = resultOf(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        long lag = 0;
        for (var end : endOffsets(topic).entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    /** Records ever written to a topic (the sum of its end offsets). */
    long records(String topic) {
        return endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        resultOf(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions()
                .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        resultOf(admin.listOffsets(latest).all()).forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static <T> T resultOf(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Risk-scoring's rebuild of all scoring state from offset 0 into a new database, as the admin API runs it. */
    RebuildReport rebuild(String database) {
        return platform.risk.getBean(RebuildState.class).rebuild(database);
    }

    /**
     * Waits until scoring has consumed every registration and signal and cases and notifications every assessment,
     * printing the backlog every 10 s. Returns false (and says so) when {@code atMost} passes first.
     */
    boolean awaitDrained(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long nextReport = System.nanoTime() + 10_000_000_000L;
        while (true) {
            long scoring = lag("risk-scoring", "attendance.registrations.v1")
                    + lag("risk-scoring", "attendance.signals.v1");
            long downstream = lag("case-management", "risk.assessments.v1") + lag("notifications", "risk.assessments.v1");
            if (scoring == 0 && downstream == 0) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                Report.note("NOT drained after %d s: %,d registrations and signals unscored, %,d assessments unhandled"
                        .formatted(atMost.toSeconds(), scoring, downstream));
                return false;
            }
            if (System.nanoTime() > nextReport) {
                Report.note("draining: %,d registrations and signals unscored, %,d assessments unhandled"
                        .formatted(scoring, downstream));
                nextReport += 10_000_000_000L;
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        admin.close();
        platform.close();
    }
}
