package org.aanboord.risk.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.risk.RiskScoringApplication;
import org.aanboord.risk.application.RebuildState;
import org.aanboord.risk.application.RebuildState.RebuildReport;
import org.aanboord.risk.application.TopicHistory;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, in one run on one machine: the raw Kafka consumer rate on the registrations topic, live scoring
 * (consumed, scored and persisted by the running service, until its group has committed everything) and a rebuild
 * from offset 0. Not part of the build; run it with {@code ./mvnw -o -f services/risk-scoring/pom.xml test -Pbench}
 * (options {@code -Dbench.pupils=5000 -Dbench.halfDaysPerPupil=20 -Dbench.replays=3}; every replay goes into a database
 * of its own, the later ones show the rate once the JIT has settled). Prints the numbers; asserts nothing.
 */
class ScoringBenchmark {

    private static final int PUPILS = Integer.getInteger("bench.pupils", 5_000);
    private static final int HALF_DAYS = Integer.getInteger("bench.halfDaysPerPupil", 20);
    private static final int REPLAYS = Integer.getInteger("bench.replays", 3);

    private final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
    private final EventJson json = new EventJson();
    private final AtomicLong failedSends = new AtomicLong();

    @Test
    void measure() throws Exception {
        double loadAtStart = loadAverage();
        createTopics();
        publishAgreementAndRegistrations();
        long events = endOffset(Topic.ATTENDANCE_REGISTRATIONS.wireName());

        ConfigurableApplicationContext service = RiskScoringApplication.start(
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.mongodb.database=risk-bench", "--server.port=0");
        try {
            Rate live = awaitLiveScoring(events);
            TopicHistory history = service.getBean(TopicHistory.class);
            long rawStarted = System.nanoTime();
            long rawCpuStarted = cpuNanos();
            long raw = history.countRegistrations().records();
            Rate rawRate = new Rate(raw, System.nanoTime() - rawStarted, cpuNanos() - rawCpuStarted);
            List<Rate> replays = new ArrayList<>();
            for (int round = 1; round <= REPLAYS; round++) {
                long replayCpuStarted = cpuNanos();
                RebuildReport replay = service.getBean(RebuildState.class).rebuild("risk-bench-replay-" + round);
                replays.add(new Rate(replay.registrations(), replay.millis() * 1_000_000, cpuNanos() - replayCpuStarted));
            }

            System.out.printf("%nBENCH events=%d pupils=%d cores=%d load average at start %.1f, at end %.1f%n", events,
                    PUPILS, Runtime.getRuntime().availableProcessors(), loadAtStart, loadAverage());
            System.out.println("BENCH (per CPU-second: events per second of CPU used by the whole JVM, i.e. broker, store and"
                    + " service together; what one core would do with nothing else running)");
            print("raw Kafka consumer (count only)     ", rawRate, rawRate);
            print("live: consumed, scored and persisted", live, rawRate);
            for (int round = 1; round <= replays.size(); round++) {
                print("replay " + round + " into a fresh database      ", replays.get(round - 1), rawRate);
            }
        } finally {
            service.close();
        }
    }

    private static void print(String what, Rate rate, Rate raw) {
        System.out.printf("BENCH %s: %,9.0f events/s (%3.0f %% of raw) | %,9.0f events per CPU-second (%3.0f %% of raw)%n",
                what, rate.perSecond(), 100 * rate.perSecond() / raw.perSecond(), rate.perCpuSecond(),
                100 * rate.perCpuSecond() / raw.perCpuSecond());
    }

    /** CPU time used by this JVM so far, every thread. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** How many events took how long, in wall-clock and CPU time. */
    private record Rate(long events, long wallNanos, long cpuNanos) {

        double perSecond() {
            return events / (wallNanos / 1e9);
        }

        double perCpuSecond() {
            return events / (cpuNanos / 1e9);
        }
    }

    /** The one-minute load average of the machine, which other builds share. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void publishAgreementAndRegistrations() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"), new StringSerializer(), new ByteArraySerializer())) {
            AgreementPublished agreement;
            try (InputStream sample = getClass().getClassLoader()
                    .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
                agreement = json.read(sample.readAllBytes(), AgreementPublished.class);
            }
            producer.send(record(Topic.AGREEMENTS_LIFECYCLE.wireName(), agreement.recordKey(), agreement)).get();
            LocalDate monday = LocalDate.of(2026, 9, 7);
            for (int day = 0; day < HALF_DAYS; day++) {
                LocalDate date = monday.plusWeeks(day / 10).plusDays(day % 10 / 2);
                HalfDay halfDay = day % 2 == 0 ? HalfDay.AM : HalfDay.PM;
                for (int pupil = 0; pupil < PUPILS; pupil++) {
                    String pseudonym = "benchpupil" + pupil + "abcdefghijkl";
                    AttendanceCode code = (pupil + day) % 3 == 0 ? AttendanceCode.Z : AttendanceCode.B;
                    producer.send(record(Topic.ATTENDANCE_REGISTRATIONS.wireName(), pseudonym, new HalfDayRegistered(
                            pseudonym, "school-demo-1", date, halfDay, code, code.name(), 1, Instant.now())),
                            (metadata, error) -> {
                                if (error != null) {
                                    failedSends.incrementAndGet();
                                }
                            });
                }
            }
            producer.flush();
        }
        if (failedSends.get() > 0) {
            throw new IllegalStateException(failedSends.get() + " registrations were not acknowledged");
        }
    }

    /** Created up front with the platform's partition count, so producing does not race auto-creation. */
    private void createTopics() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(
                    new NewTopic(Topic.ATTENDANCE_REGISTRATIONS.wireName(), 3, (short) 1),
                    new NewTopic(Topic.AGREEMENTS_LIFECYCLE.wireName(), 1, (short) 1))).all().get();
        }
    }

    private long endOffset(String topic) throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(info -> new TopicPartition(topic, info.partition()), info -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResultInfo::offset).sum();
        }
    }

    private Admin admin() {
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()));
    }

    private ProducerRecord<String, byte[]> record(String topic, String key, Record event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.toBytes(event));
        record.headers().add(CloudEventHeaders.TYPE, EventCatalog.of(event.getClass()).ceType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /**
     * Events per second from the first commit past a quarter of the events to the last commit of the live group, so
     * neither start-up nor the JIT compiler's warm-up is counted.
     */
    private Rate awaitLiveScoring(long events) throws Exception {
        try (Admin admin = admin()) {
            long firstCount = -1;
            long firstAt = 0;
            long firstCpu = 0;
            for (int round = 1; true; round++) {
                long committed = admin.listConsumerGroupOffsets("risk-scoring").partitionsToOffsetAndMetadata().get()
                        .entrySet().stream()
                        .filter(entry -> entry.getKey().topic().equals(Topic.ATTENDANCE_REGISTRATIONS.wireName()))
                        .map(Map.Entry::getValue).mapToLong(OffsetAndMetadata::offset).sum();
                long now = System.nanoTime();
                if (firstCount < 0 && committed >= events / 4) {
                    firstCount = committed;
                    firstAt = now;
                    firstCpu = cpuNanos();
                }
                if (committed >= events) {
                    return new Rate(committed - firstCount, now - firstAt, cpuNanos() - firstCpu);
                }
                if (round % 100 == 0) {
                    System.out.printf("BENCH live progress: %d of %d%n", committed, events);
                }
                Thread.sleep(50);
            }
        }
    }
}
