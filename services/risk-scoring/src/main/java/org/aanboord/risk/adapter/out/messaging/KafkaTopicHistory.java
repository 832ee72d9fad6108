package org.aanboord.risk.adapter.out.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementLifecycleEvent;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventReader;
import org.aanboord.platform.messaging.PoisonMessageException;
import org.aanboord.platform.messaging.ReceivedEvent;
import org.aanboord.risk.application.TopicHistory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Reads a topic from offset 0 to the end offsets seen when reading starts, with its own consumer group that never
 * commits, so the live group {@code risk-scoring} and its offsets are untouched.
 */
@Component
class KafkaTopicHistory implements TopicHistory {

    static final String GROUP = "risk-scoring-rebuild";
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaProperties kafka;
    private final String bootstrapServers;
    private final EventReader reader;

    /** The service's own Kafka settings (bootstrap, SASL/SCRAM user) with this reader's group and fetch sizes. */
    KafkaTopicHistory(KafkaProperties kafka, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            EventReader reader) {
        this.kafka = kafka;
        this.bootstrapServers = bootstrapServers;
        this.reader = reader;
    }

    @Override
    public long agreements(Consumer<AgreementPublished> each) {
        long[] read = {0};
        readToEnd(Topic.AGREEMENTS_LIFECYCLE.wireName(), records -> records.forEach(record -> {
            try {
                if (read(record, AgreementLifecycleEvent.class).event() instanceof AgreementPublished published) {
                    each.accept(published);
                    read[0]++;
                }
            } catch (PoisonMessageException e) {
                // Dead-lettered by the live binding as well.
            }
        }));
        return read[0];
    }

    @Override
    public Counts registrations(Predicate<String> of, Consumer<List<AttendanceRegistrationEvent>> batch) {
        return readEvents(Topic.ATTENDANCE_REGISTRATIONS.wireName(), of, AttendanceRegistrationEvent.class, batch);
    }

    @Override
    public Counts signals(Predicate<String> of, Consumer<List<PupilSignalEvent>> batch) {
        return readEvents(Topic.ATTENDANCE_SIGNALS.wireName(), of, PupilSignalEvent.class, batch);
    }

    @Override
    public long pupils() {
        Set<String> keys = new HashSet<>();
        for (Topic topic : List.of(Topic.ATTENDANCE_REGISTRATIONS, Topic.ATTENDANCE_SIGNALS)) {
            readToEnd(topic.wireName(), records -> records.forEach(record -> keys.add(record.key())));
        }
        return keys.size();
    }

    private <E> Counts readEvents(String topic, Predicate<String> of, Class<E> type, Consumer<List<E>> batch) {
        long[] counts = {0, 0};
        readToEnd(topic, records -> {
            List<E> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                if (!of.test(record.key())) {
                    continue;
                }
                counts[0]++;
                try {
                    events.add(read(record, type).event());
                } catch (PoisonMessageException e) {
                    counts[1]++;
                }
            }
            if (!events.isEmpty()) {
                batch.accept(events);
            }
        });
        return new Counts(counts[0], counts[1]);
    }

    @Override
    public Counts countRegistrations() {
        long[] read = {0};
        readToEnd(Topic.ATTENDANCE_REGISTRATIONS.wireName(), records -> read[0] += records.size());
        return new Counts(read[0], 0);
    }

    private void readToEnd(String topic, Consumer<List<ConsumerRecord<String, byte[]>>> handler) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
                for (ConsumerRecord<String, byte[]> record : polled) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
                if (!records.isEmpty()) {
                    handler.accept(records);
                }
            }
        }
    }

    Map<String, Object> consumerProperties() {
        Map<String, Object> properties = kafka.buildConsumerProperties();
        properties.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, GROUP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024));
        return properties;
    }

    /** Reads the record's type and id headers directly, without a header map or a message per record. */
    private <E> ReceivedEvent<E> read(ConsumerRecord<String, byte[]> record, Class<E> type) {
        return reader.read(record.value() == null ? new byte[0] : record.value(),
                header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID), type);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
