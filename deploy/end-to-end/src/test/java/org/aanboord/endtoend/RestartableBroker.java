package org.aanboord.endtoend;

import java.util.List;

import org.aanboord.testsupport.Infrastructure;

/**
 * A real Kafka broker in a JVM of its own (dev-infra, Kafka only), so a test can kill it and start it again on the
 * same log dirs and port; the store is the one of the given infrastructure.
 */
final class RestartableBroker implements Infrastructure, AutoCloseable {

    private final Infrastructure store;
    private final int port = ServiceProcess.freePort();
    private final DevInfraNode node = new DevInfraNode("kafka", List.of("-Daanboord.kafka.port=" + port,
            "-Daanboord.kafka.controller.port=" + ServiceProcess.freePort()));

    RestartableBroker(Infrastructure store) {
        this.store = store;
    }

    RestartableBroker start() {
        node.start();
        return this;
    }

    /** SIGKILL: no controlled shutdown, no flush; the next start recovers its logs. */
    void kill() {
        node.kill();
    }

    @Override
    public String kafkaBootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public String mongoUri() {
        return store.mongoUri();
    }

    @Override
    public void close() {
        node.close();
    }
}
