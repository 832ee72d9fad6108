package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.devinfra.DevInfraMain;

/**
 * One component of dev-infra ({@code kafka} or {@code mongo}) in a JVM of its own, with its data under
 * {@code target/fault-data} and fixed ports, so a test can stop it and start it again on the same data.
 */
final class DevInfraNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final Path dataDir;
    private final JvmProcess process;

    /** @param settings dev-infra system properties besides the component and the data dir, e.g. its ports */
    DevInfraNode(String component, List<String> settings) {
        this.dataDir = Path.of("target", "fault-data", component + "-" + System.nanoTime()).toAbsolutePath();
        List<String> properties = new ArrayList<>(List.of("-Daanboord.components=" + component,
                "-Daanboord.data.dir=" + dataDir));
        properties.addAll(settings);
        this.process = new JvmProcess("dev-infra-" + component, DevInfraMain.class, properties, List.of());
    }

    /** Starts the node and waits until it wrote its ready file (the pid in it tells this start from the last). */
    void start() {
        process.start();
        String pid = "pid=" + process.pid();
        await(process + " is ready (log: " + process.log().toAbsolutePath() + ")").atMost(STARTUP)
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    process.assertAlive();
                    return Files.readString(dataDir.resolve("ready")).contains(pid);
                });
    }

    /** SIGKILL: no controlled shutdown, no flush. */
    void kill() {
        process.kill();
    }

    /** SIGTERM: dev-infra's shutdown hook closes what it runs (the store writes its file) before the JVM ends. */
    void stop() {
        process.stop();
    }

    @Override
    public void close() {
        process.close();
    }
}
