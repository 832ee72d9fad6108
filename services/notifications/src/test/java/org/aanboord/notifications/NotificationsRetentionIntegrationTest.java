package org.aanboord.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The retention purge of notifications (default 400 days): alerts delivered and handled (acknowledged, escalated, or
 * without a deadline) longer ago are gone, an alert still awaiting its acknowledgement stays however old, as do
 * recent ones; finished deliveries that old are gone, a pending one stays. The run is reported and audited.
 */
// A database and consumer group of its own: the counts are this test's alone.
@SpringBootTest(properties = { "spring.config.name=notifications",
        "spring.cloud.stream.bindings.onAssessment-in-0.group=notifications-retention",
        "spring.cloud.stream.bindings.onAgreement-in-0.group=notifications-retention" })
@AutoConfigureMockMvc
class NotificationsRetentionIntegrationTest {

    private static final Instant NOW = Instant.now();
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(500));
    private static final Instant RECENTLY = NOW.minus(Duration.ofDays(10));

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "notifications-retention");
    }

    @Autowired
    MockMvc http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void handledAlertsAndFinishedDeliveriesPastTheRetentionArePurgedWhileWaitingAndRecentOnesStay() throws Exception {
        alert("acknowledged-long-ago", LONG_AGO, new Document("acknowledgedAt", date(LONG_AGO)));
        alert("without-deadline", LONG_AGO, new Document());
        alert("escalated-long-ago", LONG_AGO, new Document("dueBy", "2025-01-10").append("escalatedAt", date(LONG_AGO)));
        alert("awaiting-acknowledgement", LONG_AGO, new Document("dueBy", LocalDate.now().plusDays(2).toString()));
        alert("acknowledged-recently", LONG_AGO, new Document("acknowledgedAt", date(RECENTLY)));
        alert("recent", RECENTLY, new Document());
        delivery("delivered-long-ago", "DELIVERED", LONG_AGO);
        delivery("dead-long-ago", "DEAD", LONG_AGO);
        delivery("pending-long-ago", "PENDING", LONG_AGO);
        delivery("delivered-recently", "DELIVERED", RECENTLY);

        String run = http.perform(post("/api/admin/retention-runs").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.categories[?(@.category == 'alerts')].deleted").value(contains(3)))
                .andExpect(jsonPath("$.categories[?(@.category == 'deliveries')].deleted").value(contains(2)))
                .andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(run, "$.runId");

        assertThat(ids("alerts")).containsExactlyInAnyOrder("awaiting-acknowledgement", "acknowledged-recently",
                "recent");
        assertThat(ids("deliveries")).containsExactlyInAnyOrder("pending-long-ago", "delivered-recently");
        http.perform(get("/api/admin/retention-reports").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.runId == '" + runId + "')].runId").value(contains(runId)));
        String purgeEntry = "$[?(@.subject.runId == '" + runId + "')]";
        http.perform(get("/api/audit").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath(purgeEntry + ".action").value(contains("PURGE")))
                .andExpect(jsonPath(purgeEntry + ".subject.alerts").value(contains("3")))
                .andExpect(jsonPath(purgeEntry + ".subject.deliveries").value(contains("2")));
    }

    private void alert(String id, Instant deliveredAt, Document handling) {
        Document alert = new Document("id", id).append("pupilPseudonym", "pupil-" + id)
                .append("deliveredAt", date(deliveredAt));
        alert.putAll(handling);
        mongo.getCollection("alerts").insertOne(new Document("_id", id).append("alert", alert)
                .append("outbox", List.of()));
    }

    private void delivery(String id, String status, Instant horizonStart) {
        mongo.getCollection("deliveries").insertOne(new Document("_id", id).append("delivery",
                new Document("id", id).append("alertId", "alert-" + id).append("status", status)
                        .append("horizonStart", date(horizonStart))));
    }

    private List<String> ids(String collection) {
        return mongo.getCollection(collection).find()
                .map(document -> document.getString("_id")).into(new ArrayList<>());
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
