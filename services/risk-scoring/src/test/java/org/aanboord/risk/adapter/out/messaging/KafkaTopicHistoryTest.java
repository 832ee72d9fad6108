package org.aanboord.risk.adapter.out.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

class KafkaTopicHistoryTest {

    @Test
    void theRebuildReaderConnectsWithTheServicesKafkaUser() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.getSecurity().setProtocol("SASL_SSL");
        kafka.getProperties().put("sasl.mechanism", "SCRAM-SHA-512");
        kafka.getProperties().put("sasl.jaas.config", "ScramLoginModule required username=\"risk-scoring\" password=\"x\";");

        KafkaTopicHistory history = new KafkaTopicHistory(kafka, "kafka:9093", null);

        assertThat(history.consumerProperties())
                .containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config")
                .containsEntry("group.id", KafkaTopicHistory.GROUP)
                .containsEntry("enable.auto.commit", false);
    }
}
