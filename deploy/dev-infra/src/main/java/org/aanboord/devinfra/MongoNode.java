package org.aanboord.devinfra;

import java.io.IOException;
import java.nio.file.Files;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB-wire server (mongo-java-server) whose data lives in an H2 MVStore file under the data dir,
 * so it survives restarts. The oplog is enabled so that change streams work.
 */
final class MongoNode implements AutoCloseable {

    private final DevInfraConfig config;
    private MongoServer server;

    MongoNode(DevInfraConfig config) {
        this.config = config;
    }

    void start() throws IOException {
        Files.createDirectories(config.mongoFile().getParent());
        H2Backend backend = new H2Backend(config.mongoFile().toString());
        MongoServer s = new MongoServer(backend);
        try {
            s.enableOplog();
            s.bind("localhost", config.mongoPort());
        } catch (RuntimeException e) {
            s.shutdownNow();
            throw e;
        }
        server = s;
    }

    /** Stops listening, closes client connections and closes the H2 store (which writes it to disk). */
    @Override
    public void close() {
        MongoServer s = server;
        server = null;
        if (s != null) {
            s.shutdown();
        }
    }
}
