package org.aanboord.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A Kafka broker and a MongoDB-wire store that a test points its services at. */
public interface Infrastructure {

    String kafkaBootstrapServers();

    String mongoUri();

    /** Points a Spring context at this infrastructure, with its own database. */
    default void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", this::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", this::mongoUri);
        registry.add("spring.mongodb.database", () -> database);
    }
}
