package org.aanboord.endtoend;

import java.util.List;

import org.aanboord.testsupport.Infrastructure;

/**
 * The MongoDB-wire store with its H2 file backend in a JVM of its own (dev-infra, store only), so a test can stop it
 * and start it again on the same file and port; the broker is the one of the given infrastructure.
 */
final class RestartableStore implements Infrastructure, AutoCloseable {

    private final Infrastructure broker;
    private final int port = ServiceProcess.freePort();
    private final DevInfraNode node = new DevInfraNode("mongo", List.of("-Daanboord.mongo.port=" + port));

    RestartableStore(Infrastructure broker) {
        this.broker = broker;
    }

    RestartableStore start() {
        node.start();
        return this;
    }

    /**
     * SIGTERM, not SIGKILL: the H2 backend writes its changes to the file in the background about once a second, so a
     * killed store would lose writes it had acknowledged, a durability that the real MongoDB's journal gives and this
     * store does not promise.
     */
    void stop() {
        node.stop();
    }

    @Override
    public String kafkaBootstrapServers() {
        return broker.kafkaBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        node.close();
    }
}
