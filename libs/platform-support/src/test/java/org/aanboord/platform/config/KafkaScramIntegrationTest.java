package org.aanboord.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * A real broker (KRaft, in this JVM) whose client listener requires SASL/SCRAM-SHA-512, with a user created when the
 * storage is formatted, as docker-compose does: a client built from the properties a service derives from
 * {@code AANBOORD_KAFKA_USERNAME}/{@code AANBOORD_KAFKA_PASSWORD} produces and consumes; a wrong password is refused.
 */
class KafkaScramIntegrationTest {

    private static final String USER = "attendance-ingestion";
    private static final String PASSWORD = "test-only-password";
    private static final String ADMIN_PASSWORD = "test-only-admin";

    @TempDir
    static Path dataDir;
    private static KafkaRaftServer broker;
    private static String bootstrap;

    @BeforeAll
    static void startBroker() throws IOException {
        int client = freePort();
        int internal = freePort();
        int controller = freePort();
        bootstrap = "localhost:" + client;
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controller);
        p.put("listeners", "CLIENT://localhost:" + client + ",INTERNAL://localhost:" + internal
                + ",CONTROLLER://localhost:" + controller);
        p.put("advertised.listeners", "CLIENT://localhost:" + client + ",INTERNAL://localhost:" + internal);
        p.put("listener.security.protocol.map", "CLIENT:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "INTERNAL");
        p.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        p.put("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512");
        p.put("listener.name.internal.scram-sha-512.sasl.jaas.config",
                KafkaSecurityEnvironment.jaasConfig("admin", ADMIN_PASSWORD));
        p.put("listener.name.client.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("log.dirs", dataDir.resolve("log").toString());
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "1");
        Path config = dataDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            p.store(writer, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = StorageTool.execute(new String[] {"format", "--cluster-id", "U2NyYW1UZXN0Q2x1c3Rlcg",
                "--config", config.toString(),
                "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + ADMIN_PASSWORD + "]",
                "--add-scram", "SCRAM-SHA-512=[name=" + USER + ",password=" + PASSWORD + "]"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(rc).as(out.toString(StandardCharsets.UTF_8)).isZero();
        broker = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
        broker.startup();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    @Test
    void aServiceWithItsScramUserProducesAndConsumes() throws Exception {
        KafkaProperties kafka = serviceKafkaProperties(PASSWORD);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(kafka.buildProducerProperties(),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("scram.check", "pupil", "registered")).get(60, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerProperties = kafka.buildConsumerProperties();
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "scram-check");
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties,
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("scram.check"));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).extracting(ConsumerRecord::value).containsExactly("registered");
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> producerProperties = serviceKafkaProperties("not-the-password").buildProducerProperties();
        producerProperties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20000);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties,
                new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("scram.check", "pupil", "x")).get(30, TimeUnit.SECONDS))
                    .isInstanceOfAny(ExecutionException.class, SaslAuthenticationException.class)
                    .satisfies(thrown -> assertThat(rootOrSelf(thrown)).isInstanceOf(SaslAuthenticationException.class));
        }
    }

    /** What attendance-ingestion binds from its environment in docker-compose. */
    private static KafkaProperties serviceKafkaProperties(String password) {
        return KafkaSecurityEnvironmentTest.kafkaProperties(Map.of(
                "KAFKA_BOOTSTRAP", bootstrap, "spring.kafka.bootstrap-servers", bootstrap,
                "AANBOORD_KAFKA_USERNAME", USER, "AANBOORD_KAFKA_PASSWORD", password));
    }

    private static Throwable rootOrSelf(Throwable thrown) {
        return thrown instanceof ExecutionException ? thrown.getCause() : thrown;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
