package org.aanboord.devinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DevInfraTest {

    private static final String TOPIC = "dev-infra.smoke";

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void kafkaAndMongoWorkAndKeepTheirDataAcrossRestarts() throws Exception {
        DevInfraConfig config = new DevInfraConfig(dataDir, freePort(), freePort(), freePort());
        String key = "pupil-" + UUID.randomUUID();
        String value = "{\"code\":\"B\"}";

        try (DevInfra infra = new DevInfra(config).start()) {
            assertThat(config.readyFile()).exists();
            assertThat(config.kafkaLogDir().resolve("meta.properties")).exists();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(config))) {
                RecordMetadata meta = producer.send(new ProducerRecord<>(TOPIC, key, value)).get(30, TimeUnit.SECONDS);
                assertThat(meta.offset()).isGreaterThanOrEqualTo(0);
            }
            assertThat(consumeAll(config, "first-run")).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(key);
                assertThat(r.value()).isEqualTo(value);
            });

            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                MongoCollection<Document> cases = client.getDatabase("devinfra").getCollection("cases");
                cases.insertOne(new Document("_id", key).append("status", "OPEN"));
                assertThat(cases.find(Filters.eq("_id", key)).first()).containsEntry("status", "OPEN");
            }
        }
        assertThat(config.readyFile()).doesNotExist();

        // Second start on the same directory: no re-format, data still there.
        try (DevInfra infra = new DevInfra(config).start()) {
            assertThat(config.readyFile()).exists();
            try (MongoClient client = MongoClients.create(config.mongoUri())) {
                Document doc = client.getDatabase("devinfra").getCollection("cases").find(Filters.eq("_id", key)).first();
                assertThat(doc).isNotNull().containsEntry("status", "OPEN");
            }
            assertThat(consumeAll(config, "second-run")).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(key);
                assertThat(r.value()).isEqualTo(value);
            });
        }
    }

    @Test
    void configDefaultsAndOverrides() {
        DevInfraConfig defaults = DevInfraConfig.from(new Properties(), Map.of());
        assertThat(defaults.kafkaPort()).isEqualTo(9092);
        assertThat(defaults.controllerPort()).isEqualTo(9093);
        assertThat(defaults.mongoPort()).isEqualTo(27017);
        assertThat(defaults.dataDir()).isEqualTo(Path.of(".data/dev-infra").toAbsolutePath().normalize());

        Properties sys = new Properties();
        sys.setProperty("aanboord.kafka.port", "19092");
        DevInfraConfig overridden = DevInfraConfig.from(sys, Map.of(
                "AANBOORD_KAFKA_PORT", "29092", "AANBOORD_MONGO_PORT", "27018", "AANBOORD_DATA_DIR", "/tmp/x"));
        assertThat(overridden.kafkaPort()).isEqualTo(19092);
        assertThat(overridden.mongoPort()).isEqualTo(27018);
        assertThat(overridden.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(overridden.mongoUri()).isEqualTo("mongodb://localhost:27018");
        assertThat(defaults.components()).containsExactlyInAnyOrder(DevInfraConfig.Component.values());
    }

    @Test
    void runsOnlyTheNamedComponent() {
        DevInfraConfig kafkaOnly = DevInfraConfig.from(new Properties(), Map.of("AANBOORD_COMPONENTS", " Kafka "));
        assertThat(kafkaOnly.runs(DevInfraConfig.Component.KAFKA)).isTrue();
        assertThat(kafkaOnly.runs(DevInfraConfig.Component.MONGO)).isFalse();
        assertThatThrownBy(() -> DevInfraConfig.from(new Properties(), Map.of("AANBOORD_COMPONENTS", "redis")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redis");
    }

    private static List<ConsumerRecord<String, String>> consumeAll(DevInfraConfig config, String group) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps(config, group))) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    private static Map<String, Object> producerProps(DevInfraConfig config) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private static Map<String, Object> consumerProps(DevInfraConfig config, String group) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
