package org.aanboord.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;

/** The CloudEvents headers as consumers read them, also where the publisher reuses what it wrote before. */
class EventPublisherHeadersTest {

    /** Kept open: the template closes the producer it borrowed after every send. */
    private final MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer()) {
        @Override
        public void close(Duration timeout) {
        }
    };
    private final EventPublisher publisher = new EventPublisher(
            new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)), "/aanboord/test", Duration.ofSeconds(1));

    @Test
    void ceTimeIsTheEventsTimeToTheMillisecond() {
        publisher.publishAndWait(List.of(event("a", "2026-11-20T07:59:59.123456789Z"),
                event("b", "2026-11-20T07:59:59.123999Z"), event("c", "2026-11-20T08:00:00Z"),
                event("d", "2026-11-20T07:59:59.123Z")));

        assertThat(producer.history()).extracting(record -> header(record, CloudEventHeaders.TIME)).containsExactly(
                "2026-11-20T07:59:59.123Z", "2026-11-20T07:59:59.123Z", "2026-11-20T08:00:00Z",
                "2026-11-20T07:59:59.123Z");
    }

    @Test
    void everyRecordCarriesItsOwnIdTypeSubjectAndTheConstantAttributes() {
        publisher.publishAndWait(List.of(event("a", "2026-11-20T08:00:00Z"), event("b", "2026-11-20T08:00:00Z")));

        ProducerRecord<String, byte[]> second = producer.history().get(1);
        assertThat(header(second, CloudEventHeaders.ID)).isEqualTo("id-b");
        assertThat(header(second, CloudEventHeaders.SUBJECT)).isEqualTo("subject-b");
        assertThat(header(second, CloudEventHeaders.TYPE)).isEqualTo("org.aanboord.test.Happened.v1");
        assertThat(header(second, CloudEventHeaders.SOURCE)).isEqualTo("/aanboord/test");
        assertThat(header(second, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(second, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    private static OutgoingEvent event(String name, String time) {
        return new OutgoingEvent("id-" + name, "org.aanboord.test.Happened.v1", "test.topic", "key-" + name,
                "subject-" + name, Instant.parse(time), "{}".getBytes(StandardCharsets.UTF_8), null);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
