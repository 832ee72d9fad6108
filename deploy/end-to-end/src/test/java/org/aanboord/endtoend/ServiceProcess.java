package org.aanboord.endtoend;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.testsupport.Infrastructure;
import org.aanboord.testsupport.TestTokens;

/**
 * One service in a {@link JvmProcess} of its own, so a test can kill it the hard way or freeze it and start it again
 * on the same port and database.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final String name;
    private final int port;
    private final JvmProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    ServiceProcess(String name, Class<?> mainClass, Infrastructure infrastructure, String database,
            List<String> extraArguments) {
        this.name = name;
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
        this.process = new JvmProcess(name, mainClass, List.of(), all);
    }

    /** Starts the process; {@link #awaitHealthy()} waits until it answers UP. */
    ServiceProcess start() {
        process.start();
        return this;
    }

    void awaitHealthy() {
        await(name + " answers UP (log: " + process.log().toAbsolutePath() + ")").atMost(STARTUP)
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    process.assertAlive();
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    return health.statusCode() == 200 && health.body().contains("\"UP\"");
                }, healthy -> healthy);
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        process.kill();
    }

    /** SIGSTOP; see {@link JvmProcess#pause()}. */
    void pause() {
        process.pause();
    }

    /** SIGCONT. */
    void resume() {
        process.resume();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        process.close();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ", log " + process.log() + ")";
    }
}
