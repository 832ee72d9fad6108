package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.aanboord.devinfra.DevInfraMain;
import org.aanboord.testsupport.Infrastructure;

/**
 * A real Kafka broker in a JVM of its own (dev-infra with {@code aanboord.components=kafka}, fixed ports, its log dirs
 * under {@code target/fault-data}), so a test can kill it and start it again on the same data; the store is the one of
 * the given infrastructure.
 */
final class RestartableBroker implements Infrastructure, AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Infrastructure store;
    private final int port = ServiceProcess.freePort();
    private final Path dataDir = Path.of("target", "fault-data", "broker-" + System.nanoTime()).toAbsolutePath();
    private final JvmProcess process;

    RestartableBroker(Infrastructure store) {
        this.store = store;
        this.process = new JvmProcess("dev-infra-kafka", DevInfraMain.class, List.of(
                "-Daanboord.components=kafka",
                "-Daanboord.data.dir=" + dataDir,
                "-Daanboord.kafka.port=" + port,
                "-Daanboord.kafka.controller.port=" + ServiceProcess.freePort()), List.of());
    }

    /** Starts the broker and waits until it wrote its ready file (the pid in it tells this start from the last). */
    RestartableBroker start() {
        process.start();
        String pid = "pid=" + process.pid();
        await("the broker is ready (log: " + process.log().toAbsolutePath() + ")").atMost(STARTUP)
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    process.assertAlive();
                    return Files.readString(dataDir.resolve("ready")).contains(pid);
                });
        return this;
    }

    /** SIGKILL: no controlled shutdown, no flush; the next start recovers its logs. */
    void kill() {
        process.kill();
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
        process.close();
    }
}
