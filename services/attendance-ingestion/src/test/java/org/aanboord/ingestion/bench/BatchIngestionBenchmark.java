package org.aanboord.ingestion.bench;

import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.ingestion.AttendanceIngestionApplication;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: measures registrations per second through {@code POST /api/registrations/batch} (over HTTP, each
 * answer only after every row was acknowledged by the broker and remembered in the ledger) next to the raw rate of
 * a Kafka producer with the same settings (acks=all, idempotent, same batch size and linger) sending records of the
 * same size and headers, in the same run against the same broker. See docs/performance.md for the command.
 * <p>
 * System properties: {@code bench.rows} (per round, default 200000), {@code bench.batch} (rows per request, 10000),
 * {@code bench.clients} (concurrent HTTP clients, 2), {@code bench.rounds} (3). The two sides take turns, round by
 * round, after a round of each to warm up, and each is reported as the median of its rounds: a single round of a few
 * seconds moved by a garbage collection or another process's burst.
 */
public final class BatchIngestionBenchmark {

    private static final String SCHOOL = "school-demo-1";
    private static final int ROWS = Integer.getInteger("bench.rows", 200_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 2);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String RAW_TOPIC = "bench.raw-producer";

    private BatchIngestionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        ConfigurableApplicationContext ingestion = AttendanceIngestionApplication.start(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.mongodb.database=ingestion-bench",
                "--aanboord.ingestion.pseudonymisation-key=YmVuY2gtb25seS1rZXktYmVuY2gtb25seS1rZXktYmVuY2g=",
                "--aanboord.ingestion.vault-key=YmVuY2gtb25seS12YXVsdC1rZXktYmVuY2gtb25seS12YXVsdA==",
                "--aanboord.ack-timeout=60s",
                "--AANBOORD_INGESTION_SCHOOL_REQUESTS_PER_SECOND=100000",
                "--logging.level.root=WARN");
        try {
            createRawTopic(infrastructure.kafkaBootstrapServers());
            publishSampleAgreement(ingestion);
            String url = "http://localhost:" + ingestion.getEnvironment().getProperty("local.server.port")
                    + "/api/registrations/batch";
            double[] endpoint = new double[ROUNDS];
            double[] raw = new double[ROUNDS];
            for (int round = -1; round < ROUNDS; round++) {
                double endpointRate = endpointRate(url, batches(ROWS));
                double rawRate = rawProducerRate(infrastructure.kafkaBootstrapServers(), ingestion);
                System.out.printf("%s: batch endpoint %,.0f registrations/s, raw producer %,.0f records/s%n",
                        round < 0 ? "warm-up" : "round " + (round + 1), endpointRate, rawRate);
                if (round >= 0) {
                    endpoint[round] = endpointRate;
                    raw[round] = rawRate;
                }
            }
            System.out.printf("%nrows=%d per round, rounds=%d, batch=%d clients=%d cores=%d%n", ROWS, ROUNDS, BATCH,
                    CLIENTS, Runtime.getRuntime().availableProcessors());
            System.out.printf("| batch endpoint (acknowledged + ledger), median | %,.0f registrations/s |%n",
                    median(endpoint));
            System.out.printf("| raw Kafka producer (acks=all, idempotent), median | %,.0f records/s |%n", median(raw));
            System.out.printf("| ratio | %.0f %% |%n", 100 * median(endpoint) / median(raw));
        } catch (Exception e) {
            e.printStackTrace();
            ingestion.close();
            System.exit(1);
        }
        ingestion.close();
        System.exit(0);
    }

    private static double median(double[] rates) {
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double endpointRate(String url, List<String> batches) throws Exception {
        List<List<String>> perClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            perClient.add(new ArrayList<>());
        }
        for (int i = 0; i < batches.size(); i++) {
            perClient.get(i % CLIENTS).add(batches.get(i));
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        for (List<String> mine : perClient) {
            new Thread(() -> {
                try {
                    for (String batch : mine) {
                        post(url, batch);
                    }
                } catch (Exception e) {
                    failure.set(e);
                } finally {
                    done.countDown();
                }
            }, "bench-client").start();
        }
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return ROWS / ((System.nanoTime() - start) / 1e9);
    }

    private static void post(String url, String batch) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token("SCHOOL_SOFTWARE", SCHOOL))
                .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"rejected\":0")) {
            throw new IllegalStateException("Batch not fully accepted: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    /** Same producer settings as the service, records shaped like a HalfDayRegistered with its CloudEvents headers. */
    private static double rawProducerRate(String bootstrap, ConfigurableApplicationContext ingestion) throws Exception {
        String topic = RAW_TOPIC;
        EventJson json = new EventJson();
        byte[] payload = json.toBytes(new HalfDayRegistered("Zb6pQ0Vt0c3m3mQw8Yy1x9hW2rB7kU4nD5sE6fG7hI8", SCHOOL,
                LocalDate.of(2026, 11, 20), HalfDay.AM, AttendanceCode.B, "B", 1, Instant.now()));
        String ceType = EventCatalog.of(HalfDayRegistered.class).ceType();
        var environment = ingestion.getEnvironment();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.BATCH_SIZE_CONFIG, environment.getProperty("spring.kafka.producer.batch-size"),
                ProducerConfig.LINGER_MS_CONFIG, environment.getProperty("spring.kafka.producer.properties.linger.ms"),
                ProducerConfig.BUFFER_MEMORY_CONFIG, environment.getProperty("spring.kafka.producer.buffer-memory")),
                new StringSerializer(), new ByteArraySerializer())) {
            send(producer, topic, payload, ceType, BATCH); // warm-up
            long start = System.nanoTime();
            send(producer, topic, payload, ceType, ROWS);
            return ROWS / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, byte[] payload, String ceType,
            int count) throws Exception {
        CountDownLatch acked = new CountDownLatch(count);
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (int i = 0; i < count; i++) {
            String key = "pupil-" + (i % 5_000);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(CloudEventHeaders.ID, java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "/aanboord/bench".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SUBJECT, key.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.CONTENT_TYPE, "application/json".getBytes(StandardCharsets.UTF_8));
            producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failure.set(e);
                }
                acked.countDown();
            });
        }
        acked.await();
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /**
     * Created up front and only used once every partition has a leader: an idempotent producer whose first batch
     * meets a partition still electing its leader can get stuck retrying out-of-order sequence numbers.
     */
    private static void createRawTopic(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(RAW_TOPIC, 3, (short) 1))).all().get();
            // Right after creation the broker may not know the topic yet (UnknownTopicOrPartition): ask again.
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> admin
                    .describeTopics(List.of(RAW_TOPIC)).allTopicNames().get().get(RAW_TOPIC).partitions().stream()
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
        }
    }

    /** JSON batches of distinct half-days: pupils × weekdays of this school year × two half-days. */
    private static List<String> batches(int rows) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        for (LocalDate day = LocalDate.of(2026, 9, 1); day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        String run = Long.toString(System.nanoTime(), 36);
        String[] codes = {"B", "Z", "R", "P"};
        List<String> batches = new ArrayList<>();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < rows; i++) {
            if (batch.length() > 1) {
                batch.append(',');
            }
            batch.append("{\"schoolId\":\"").append(SCHOOL).append("\",\"pupilId\":\"bench-").append(run).append('-')
                    .append(i / (days.size() * 2)).append("\",\"date\":\"").append(days.get(i / 2 % days.size()))
                    .append("\",\"halfDay\":\"").append(i % 2 == 0 ? "VM" : "NM").append("\",\"code\":\"")
                    .append(codes[i % codes.length]).append("\"}");
            if ((i + 1) % BATCH == 0 || i == rows - 1) {
                batches.add(batch.append(']').toString());
                batch = new StringBuilder("[");
            }
        }
        return batches;
    }

    private static void publishSampleAgreement(ConfigurableApplicationContext ingestion) throws Exception {
        EventJson json = new EventJson();
        try (InputStream in = BatchIngestionBenchmark.class.getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            AgreementPublished agreement = json.read(in.readAllBytes(), AgreementPublished.class);
            ingestion.getBean(EventPublisher.class)
                    .publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        }
        AgreementDirectory directory = ingestion.getBean(AgreementDirectory.class);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!directory.knowsSchool(SCHOOL)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The sample agreement never arrived");
            }
            Thread.sleep(100);
        }
    }
}
