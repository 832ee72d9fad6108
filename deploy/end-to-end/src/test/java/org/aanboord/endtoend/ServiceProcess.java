package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.testsupport.Infrastructure;
import org.aanboord.testsupport.TestTokens;

/**
 * One service in a JVM of its own, started from this test's classpath, so a test can kill it the hard way
 * ({@code SIGKILL}: no shutdown hooks, no offset commits, no flushing) and start it again on the same port and
 * database. Its output goes to {@code target/fault-logs/<service>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final String name;
    private final Class<?> mainClass;
    private final List<String> arguments;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    ServiceProcess(String name, Class<?> mainClass, Infrastructure infrastructure, String database,
            List<String> extraArguments) {
        this.name = name;
        this.mainClass = mainClass;
        this.port = freePort();
        List<String> all = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--aanboord.ingestion.pseudonymisation-key=" + Platform.PSEUDONYMISATION_KEY,
                "--aanboord.ingestion.vault-key=" + Platform.VAULT_KEY,
                // The tokens are signed in this JVM: the service must take its keys from here, not mint its own.
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + TestTokens.jwkSetUri()));
        all.addAll(extraArguments);
        this.arguments = List.copyOf(all);
        this.log = Path.of("target", "fault-logs", name + ".log");
    }

    /** Starts the process; {@link #awaitHealthy()} waits until it answers UP. */
    ServiceProcess start() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        return this;
    }

    void awaitHealthy() {
        await(name + " answers UP (log: " + log.toAbsolutePath() + ")").atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " exited with " + process.exitValue() + "; see " + log);
                    }
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("\"UP\"");
                }, healthy -> healthy);
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        await(name + " is dead").atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** SIGSTOP: the JVM stays, with its connections and group membership, but does nothing until {@link #resume()}. */
    void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            await("SIG" + signal + " sent to " + name).atMost(Duration.ofSeconds(10)).until(() -> !kill.isAlive());
            if (kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited " + kill.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot signal " + name, e);
        }
    }

    String name() {
        return name;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();         // SIGKILL also ends a paused process
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ", log " + log + ")";
    }
}
