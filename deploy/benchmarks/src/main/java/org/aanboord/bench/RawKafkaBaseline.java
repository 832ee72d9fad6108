package org.aanboord.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the broker itself can do here: a plain producer (200-byte records, acks=all, idempotent, as the services
 * use), a plain consumer reading them back, and the round trip of one record at a time.
 */
final class RawKafkaBaseline {

    static final int RECORD_BYTES = 200;

    private RawKafkaBaseline() {
    }

    record Result(int records, double producedPerSecond, double consumedPerSecond, long[] roundTripNanos) {

        void print() {
            Report.figure("producer, " + RECORD_BYTES + " B, acks=all, idempotent", producedPerSecond, "records/s");
            Report.figure("consumer, from the beginning", consumedPerSecond, "records/s");
            Report.latencies("single-record round trip (produce -> poll)", roundTripNanos);
        }
    }

    static Result measure(String bootstrapServers, int records) {
        String topic = "bench.raw." + UUID.randomUUID();
        byte[] value = new byte[RECORD_BYTES];
        double produced;
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers, 5)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", value));
            producer.flush();
            AtomicLong failed = new AtomicLong();
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "pupil-" + (i % 50_000), value), (metadata, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            produced = records / ((System.nanoTime() - start) / 1e9);
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " raw records failed");
            }
        }
        double consumed = consumeAll(bootstrapServers, topic, records + 1);
        long[] roundTrips = roundTrips(bootstrapServers, topic + ".rtt", 2_000);
        return new Result(records, produced, consumed, roundTrips);
    }

    private static double consumeAll(String bootstrapServers, String topic, int expected) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            consumer.subscribe(List.of(topic));
            long start = System.nanoTime();
            int seen = 0;
            while (seen < expected) {
                seen += consumer.poll(Duration.ofMillis(500)).count();
            }
            return seen / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** How many records a read took how long, in wall-clock time and CPU time of this JVM. */
    record Read(long records, long wallNanos, long cpuNanos) {

        double perSecond() {
            return records / (wallNanos / 1e9);
        }

        double perCpuSecond() {
            return records / (cpuNanos / 1e9);
        }
    }

    /**
     * Reads a topic from offset 0 to its current end with a plain consumer (assigned partitions, no group, no
     * commits), timed from when the consumer knows the end offsets, so connecting is not counted.
     */
    static Read readFromStart(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long start = System.nanoTime();
            long cpu = Machine.cpuNanos();
            long read = 0;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                read += consumer.poll(Duration.ofMillis(500)).count();
            }
            return new Read(read, System.nanoTime() - start, Machine.cpuNanos() - cpu);
        }
    }

    private static long[] roundTrips(String bootstrapServers, String topic, int samples) {
        long[] nanos = new long[samples];
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers, 0);
                KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", new byte[RECORD_BYTES])).get();
            consumer.subscribe(List.of(topic));
            while (consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                // until the group is joined and the warm-up record is read
            }
            for (int i = 0; i < samples; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, "k", new byte[RECORD_BYTES]));
                producer.flush();
                ConsumerRecords<String, byte[]> got;
                do {
                    got = consumer.poll(Duration.ofMillis(1));
                } while (got.isEmpty());
                nanos[i] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException("round-trip baseline failed", e);
        }
        return nanos;
    }

    static KafkaProducer<String, byte[]> producer(String bootstrapServers, int lingerMs) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                ProducerConfig.BATCH_SIZE_CONFIG, 65_536), new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000), new StringDeserializer(), new ByteArrayDeserializer());
    }
}
