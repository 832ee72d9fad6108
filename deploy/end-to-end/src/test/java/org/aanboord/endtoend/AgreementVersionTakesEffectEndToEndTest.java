package org.aanboord.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The regisseur publishes version 2 of the demo agreement through the agreements API, lowering the CLB threshold
 * from 5 to 3 B half-days from a later effective date. Half-days before that date are still scored and routed by
 * version 1; half-days from that date on by version 2 — over Kafka only, like every other flow.
 */
class AgreementVersionTakesEffectEndToEndTest {

    private static final String SCHOOL = "school-demo-1";
    private static final List<String> RECIPIENTS = List.of(SCHOOL, "clb-demo", "municipality-demo");
    private static final LocalDate VERSION_2_FROM = LocalDate.of(2026, 11, 16);
    private static final Duration QUIET = Duration.ofSeconds(3);

    private static Platform platform;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void start() {
        AwaitDefaults.apply();
        platform = new Platform(EmbeddedInfrastructure.get());
        for (ConfigurableApplicationContext service : consumers()) {
            AgreementDirectory directory = service.getBean(AgreementDirectory.class);
            await("the demo agreement reaches " + service.getId()).until(() -> directory.knowsSchool(SCHOOL));
        }
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aLowerClbThresholdInVersion2AppliesFromItsEffectiveDateAndNotBefore() throws Exception {
        publishVersion2WithClbThreshold(3);

        // Tuesday to Thursday, away from Mondays, Fridays and holidays, so only the B count decides.
        String before = "e2e-v1-pupil-" + System.nanoTime();
        for (LocalDate day : List.of(LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 15))) {
            assertThat(register(before, day)).isEqualTo(202);
        }
        String after = "e2e-v2-pupil-" + System.nanoTime();
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19))) {
            assertThat(register(after, day)).isEqualTo(202);
        }

        String afterPseudonym = pseudonymOf(after);
        await().until(() -> casesOf(afterPseudonym).size() == 1 && alertsOf(afterPseudonym).size() == 3);
        JsonNode assessment = platform.get(platform.risk, "/api/pupils/" + afterPseudonym + "/assessment");
        assertThat(assessment.get("holdingRuleIds").toString()).contains("clb-notification-5b");
        JsonNode latest = assessment.get("history").get(assessment.get("history").size() - 1);
        assertThat(latest.get("agreementVersion").asInt()).as("decided by version 2").isEqualTo(2);

        String beforePseudonym = pseudonymOf(before);
        await().during(QUIET).atMost(QUIET.multipliedBy(3))
                .until(() -> casesOf(beforePseudonym).isEmpty() && alertsOf(beforePseudonym).isEmpty());
        JsonNode unchanged = platform.get(platform.risk, "/api/pupils/" + beforePseudonym + "/assessment");
        assertThat(unchanged.get("halfDaysPerCode").get("B").asInt()).isEqualTo(3);
        assertThat(StreamSupport.stream(unchanged.get("holdingRuleIds").spliterator(), false).toList())
                .as("3 B half-days before %s stay under version 1's threshold of 5", VERSION_2_FROM).isEmpty();
    }

    /** As the regisseur would: the published version 1 as a draft, the threshold changed, published from a date. */
    private void publishVersion2WithClbThreshold(int threshold) throws Exception {
        ObjectNode draft = (ObjectNode) platform.get(platform.agreements, "/api/agreements/agreement-demo/versions/1");
        for (JsonNode rule : draft.get("rules")) {
            if ("clb-notification-5b".equals(rule.get("ruleId").asString())) {
                ((ObjectNode) rule).put("threshold", threshold);
            }
        }
        assertThat(send("PUT", "/api/agreements/agreement-demo/draft", draft.toString()).statusCode()).isEqualTo(200);
        HttpResponse<String> published = send("POST", "/api/agreements/agreement-demo/draft/publish",
                "{\"effectiveFrom\":\"" + VERSION_2_FROM + "\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(json.readTree(published.body()).get("version").asInt()).isEqualTo(2);

        for (ConfigurableApplicationContext service : consumers()) {
            AgreementDirectory directory = service.getBean(AgreementDirectory.class);
            await("version 2 reaches " + service.getId())
                    .until(() -> directory.version("agreement-demo", 2).isPresent());
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        URI uri = URI.create("http://localhost:" + platform.agreements.getEnvironment().getProperty("local.server.port")
                + path);
        return http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token("REGISSEUR", "municipality-demo",
                        "regie@demo.example"))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private int register(String pupil, LocalDate day) throws Exception {
        return platform.post(platform.ingestion, "/api/registrations", """
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"B"}""".formatted(SCHOOL, pupil, day))
                .statusCode();
    }

    private static String pseudonymOf(String pupil) {
        return platform.ingestion.getBean(org.aanboord.ingestion.domain.Pseudonymizer.class).ofLocalId(SCHOOL, pupil);
    }

    private static List<JsonNode> casesOf(String pseudonym) throws Exception {
        return ofPupil(platform.get(platform.cases, "/api/cases?schoolId=" + SCHOOL), pseudonym);
    }

    private static List<JsonNode> alertsOf(String pseudonym) throws Exception {
        List<JsonNode> alerts = new ArrayList<>();
        for (String recipient : RECIPIENTS) {
            alerts.addAll(ofPupil(platform.get(platform.notifications, "/api/inbox?organisationId=" + recipient,
                    Platform.tokenOf(recipient)),
                    pseudonym));
        }
        return alerts;
    }

    private static List<JsonNode> ofPupil(JsonNode list, String pseudonym) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> pseudonym.equals(item.path("pupilPseudonym").asString()))
                .toList();
    }

    private static List<ConfigurableApplicationContext> consumers() {
        return List.of(platform.ingestion, platform.risk, platform.cases, platform.notifications);
    }
}
