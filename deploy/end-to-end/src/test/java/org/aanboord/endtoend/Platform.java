package org.aanboord.endtoend;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.aanboord.agreements.StakeholderAgreementsApplication;
import org.aanboord.cases.CaseManagementApplication;
import org.aanboord.ingestion.AttendanceIngestionApplication;
import org.aanboord.notifications.NotificationsApplication;
import org.aanboord.risk.RiskScoringApplication;
import org.aanboord.testsupport.Infrastructure;
import org.aanboord.testsupport.TestTokens;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * All five services, each its own Spring application with its own database, wired only through Kafka. Shared as a
 * test-jar with the bad-input corpus and the benchmarks.
 */
public final class Platform implements AutoCloseable {

    public static final String PSEUDONYMISATION_KEY = "ZW5kLXRvLWVuZC10ZXN0LWtleS1lbmQtdG8tZW5kLXRlc3Qta2V5";
    public static final String VAULT_KEY = "ZW5kLXRvLWVuZC12YXVsdC1rZXktZW5kLXRvLWVuZC12YXVsdC1rZXk=";

    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    public final ConfigurableApplicationContext agreements;
    public final ConfigurableApplicationContext ingestion;
    public final ConfigurableApplicationContext risk;
    public final ConfigurableApplicationContext cases;
    public final ConfigurableApplicationContext notifications;

    public Platform(Infrastructure infrastructure) {
        this(infrastructure, new String[0]);
    }

    /** @param extraArguments given to every service, e.g. by a test whose classpath holds more than the services' */
    public Platform(Infrastructure infrastructure, String... extraArguments) {
        agreements = start(StakeholderAgreementsApplication::start, infrastructure, "e2e_agreements", extraArguments);
        ingestion = start(AttendanceIngestionApplication::start, infrastructure, "e2e_ingestion", extraArguments);
        risk = start(RiskScoringApplication::start, infrastructure, "e2e_risk", extraArguments);
        cases = start(CaseManagementApplication::start, infrastructure, "e2e_cases", extraArguments);
        notifications = start(NotificationsApplication::start, infrastructure, "e2e_notifications", extraArguments);
    }

    private ConfigurableApplicationContext start(Function<String[], ConfigurableApplicationContext> main,
            Infrastructure infrastructure, String database, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infrastructure.mongoUri(),
                "--spring.mongodb.database=" + database,
                "--aanboord.ingestion.pseudonymisation-key=" + PSEUDONYMISATION_KEY,
                "--aanboord.ingestion.vault-key=" + VAULT_KEY));
        arguments.addAll(List.of(extraArguments));
        ConfigurableApplicationContext context = main.apply(arguments.toArray(String[]::new));
        services.add(context);
        return context;
    }

    /** POST as the school software of the demo school (the only writer of attendance). */
    public HttpResponse<String> post(ConfigurableApplicationContext service, String path, String body) throws Exception {
        return post(service, path, body, TestTokens.token("SCHOOL_SOFTWARE", "school-demo-1"));
    }

    public HttpResponse<String> post(ConfigurableApplicationContext service, String path, String body, String token)
            throws Exception {
        return http.send(HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as the CLB worker of the demo CLB, who may read the demo region's pupils, cases and agreements. */
    public JsonNode get(ConfigurableApplicationContext service, String path) throws Exception {
        return get(service, path, TestTokens.token("CLB_WORKER", "clb-demo"));
    }

    public JsonNode get(ConfigurableApplicationContext service, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(service, path))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** What the service's Prometheus endpoint shows (open to the scraper, no token). */
    public PrometheusText metrics(ConfigurableApplicationContext service) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(service, "/actuator/prometheus")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("/actuator/prometheus answered " + response.statusCode());
        }
        return new PrometheusText(response.body());
    }

    /** A token of someone working at the organisation of the demo region (its role follows from the id). */
    public static String tokenOf(String organisationId) {
        String role = organisationId.startsWith("clb-") ? "CLB_WORKER"
                : organisationId.startsWith("municipality-") ? "REGISSEUR" : "SCHOOL_STAFF";
        return TestTokens.token(role, organisationId);
    }

    private static URI uri(ConfigurableApplicationContext service, String path) {
        return URI.create("http://localhost:" + service.getEnvironment().getProperty("local.server.port") + path);
    }

    @Override
    public void close() {
        services.forEach(ConfigurableApplicationContext::close);
    }
}
