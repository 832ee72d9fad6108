package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.aanboord.contracts.Topic;
import org.aanboord.risk.RiskScoringApplication;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault injection: risk-scoring is frozen with SIGSTOP while a school streams registrations, until its consumer group
 * lags well behind the registrations topic (longer than the 6 s session timeout, so the broker also drops it from the
 * group), then thawed with SIGCONT. It catches up, and every pupil is counted exactly once, as after a crash.
 */
class SlowConsumerFaultTest {

    private static final int PUPILS = 30;
    /** Registrations waiting for risk-scoring before it is thawed: about 8 s of the stream's 10 per second. */
    private static final long LAG = 80;

    private static FaultPlatform platform;

    @BeforeAll
    static void start() {
        AwaitDefaults.apply();
        platform = new FaultPlatform(EmbeddedInfrastructure.get());
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aConsumerFrozenDuringAStreamCatchesUpAndCountsEachPupilOnce() {
        platform.awaitChainReady();
        List<String> pupils = FaultPlatform.newPupils("slow-consumer-pupil", PUPILS);
        FaultPlatform.RegistrationStream stream = platform.stream(pupils);
        await().atMost(FaultPlatform.CONVERGE).until(() -> stream.acknowledged() >= stream.size() / 5);

        platform.risk.pause();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.get().kafkaBootstrapServers()))) {
            await("risk-scoring lags " + LAG + " registrations behind").atMost(FaultPlatform.CONVERGE)
                    .until(() -> lag(admin) >= LAG);
        } finally {
            platform.risk.resume();
        }
        platform.assertEachPupilCountedExactlyOnce(pupils, stream);
    }

    /** Registrations on the topic that risk-scoring's group has not committed yet. */
    private static long lag(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(RiskScoringApplication.NAME).partitionsToOffsetAndMetadata()
                .get(10, TimeUnit.SECONDS).entrySet().stream()
                .filter(entry -> entry.getValue() != null
                        && entry.getKey().topic().equals(Topic.ATTENDANCE_REGISTRATIONS.wireName()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .mapToLong(end -> end.getValue().offset() - committed.get(end.getKey()).offset())
                .sum();
    }
}
