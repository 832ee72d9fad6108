package org.aanboord.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real {@code apache/kafka} and {@code mongo} (replica set) images, for test classes annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)}: they run where Docker exists and are skipped elsewhere.
 * Image names come from platform-bom (system properties {@code aanboord.image.kafka} and {@code aanboord.image.mongo}).
 */
public final class ContainerInfrastructure implements Infrastructure {

    private static ContainerInfrastructure instance;

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure() {
        kafka = new KafkaContainer(System.getProperty("aanboord.image.kafka", "apache/kafka"));
        mongo = new MongoDBContainer(System.getProperty("aanboord.image.mongo", "mongo"));
        kafka.start();
        mongo.start();
    }

    public static synchronized ContainerInfrastructure get() {
        if (instance == null) {
            instance = new ContainerInfrastructure();
        }
        return instance;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getReplicaSetUrl();
    }
}
