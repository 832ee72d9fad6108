package org.aanboord.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.aanboord.devinfra.DevInfraConfig.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka (KRaft, single node) and a MongoDB-wire store in this JVM, for running the platform locally; or only one of
 * them ({@link DevInfraConfig#components()}).
 *
 * <p>{@link #start()} deletes {@code <dataDir>/ready}, starts what it runs, then writes the ready file;
 * {@link #close()} stops it cleanly and deletes the file again.
 */
public final class DevInfra implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevInfra.class);

    private final DevInfraConfig config;
    private final KafkaNode kafka;
    private final MongoNode mongo;
    private boolean running;

    public DevInfra(DevInfraConfig config) {
        this.config = config;
        this.kafka = new KafkaNode(config);
        this.mongo = new MongoNode(config);
    }

    public DevInfraConfig config() {
        return config;
    }

    /** Starts Kafka and MongoDB; on failure stops whatever had started and rethrows. */
    public synchronized DevInfra start() {
        if (running) {
            return this;
        }
        try {
            Files.createDirectories(config.dataDir());
            Files.deleteIfExists(config.readyFile());
            if (config.runs(Component.KAFKA)) {
                ensurePortFree("Kafka", config.kafkaPort());
                ensurePortFree("Kafka controller", config.controllerPort());
            }
            if (config.runs(Component.MONGO)) {
                ensurePortFree("MongoDB", config.mongoPort());
            }

            long t0 = System.nanoTime();
            if (config.runs(Component.MONGO)) {
                mongo.start();
                log.info("MongoDB-wire server listening on {}", config.mongoUri());
            }
            if (config.runs(Component.KAFKA)) {
                kafka.start();
                log.info("Kafka broker ready on {} ({} ms after start)", config.kafkaBootstrap(),
                        (System.nanoTime() - t0) / 1_000_000);
            }
            running = true;
            writeReadyFile();
            return this;
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            stopQuietly();
            throw e;
        }
    }

    public synchronized boolean isRunning() {
        return running;
    }

    public String readyLine() {
        return "dev-infra ready: " + addresses(" ") + "data=" + config.dataDir();
    }

    private void writeReadyFile() throws IOException {
        String content = addresses("\n") + "pid=" + ProcessHandle.current().pid() + "\n";
        Path tmp = config.readyFile().resolveSibling("ready.tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, config.readyFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The address of each component this JVM runs, each followed by the separator. */
    private String addresses(String separator) {
        return (config.runs(Component.KAFKA) ? "kafka=" + config.kafkaBootstrap() + separator : "")
                + (config.runs(Component.MONGO) ? "mongodb=" + config.mongoUri() + separator : "");
    }

    private static void ensurePortFree(String what, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + port + " is already in use"
                    + " (another dev-infra running? try ./run-local.sh stop)", e);
        }
    }

    /** Stops Kafka (controlled shutdown) and then MongoDB (H2 store closed and flushed). Idempotent. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            Files.deleteIfExists(config.readyFile());
        } catch (IOException e) {
            log.warn("Could not delete {}", config.readyFile(), e);
        }
        try {
            kafka.close();
        } catch (RuntimeException e) {
            log.error("Error while stopping Kafka", e);
        }
        try {
            mongo.close();
        } catch (RuntimeException e) {
            log.error("Error while stopping MongoDB server", e);
        }
    }
}
