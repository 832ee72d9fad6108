package org.aanboord.ingestion;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.contracts.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts what is on the registrations topic for a set of pupil pseudonyms, per half-day, reading from the start in
 * large polls (the topic holds tens of thousands of records in the acceptance test).
 */
final class RegistrationCounter implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> pseudonyms;
    private final Map<String, Integer> perHalfDay = new HashMap<>();
    private int total;

    RegistrationCounter(String bootstrap, Set<String> pseudonyms) {
        this.pseudonyms = pseudonyms;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        String topic = Topic.ATTENDANCE_REGISTRATIONS.wireName();
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Waits until {@code expected} records arrived, then checks for {@code quiet} that no more come. */
    int awaitExactly(int expected, Duration quiet) {
        await().until(() -> poll() >= expected);
        await().during(quiet).atMost(quiet.multipliedBy(3)).until(() -> poll() == expected);
        return total;
    }

    /** Half-days that received more than one event. */
    Map<String, Integer> repeated() {
        Map<String, Integer> repeated = new HashMap<>();
        perHalfDay.forEach((slot, count) -> {
            if (count > 1) {
                repeated.put(slot, count);
            }
        });
        return repeated;
    }

    private int poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            if (pseudonyms.contains(record.key())) {
                JsonNode event = JSON.readTree(new String(record.value(), StandardCharsets.UTF_8));
                perHalfDay.merge(record.key() + "|" + event.get("date").asString() + "|"
                        + event.get("halfDay").asString(), 1, Integer::sum);
                total++;
            }
        }
        return total;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
