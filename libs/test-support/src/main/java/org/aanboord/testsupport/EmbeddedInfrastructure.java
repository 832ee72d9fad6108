package org.aanboord.testsupport;

import java.net.InetSocketAddress;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The default test infrastructure, no Docker needed: a real Apache Kafka broker (KRaft) in this JVM and the
 * MongoDB-wire store in memory. Started once per JVM and shared by every test class, which keeps the suite fast;
 * tests isolate themselves with their own database names and pupil ids.
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private static EmbeddedInfrastructure instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoUri;

    private EmbeddedInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.brokerProperty("auto.create.topics.enable", "true");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-infrastructure-stop"));
    }

    public static synchronized EmbeddedInfrastructure get() {
        if (instance == null) {
            instance = new EmbeddedInfrastructure();
        }
        return instance;
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    @Override
    public String mongoUri() {
        return mongoUri;
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
