package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;

/**
 * The retention purge of attendance-ingestion: half-days recorded more than 400 days ago leave the ledger (a pupil's
 * document left empty is deleted, newer half-days stay), so do enrolment and signal entries; the vault forgets a
 * pupil not named for four years, counted from the last link or, for older entries, the first. The run is reported
 * and audited.
 */
class IngestionRetentionIntegrationTest extends IngestionIntegrationTest {

    private static final Instant NOW = Instant.now();
    private static final Date LONG_AGO = Date.from(NOW.minus(Duration.ofDays(1500)));
    private static final Date RECENTLY = Date.from(NOW.minus(Duration.ofDays(10)));

    @Autowired
    MockMvc http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RetentionPurgeJob job;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void dataPastItsRetentionIsPurgedWhileNewerDataStaysAndTheRunIsReported() throws Exception {
        job.run("test-setup");
        ledger("all-old", new Document("2022-10-03_AM", halfDay(LONG_AGO)).append("2022-10-03_PM", halfDay(LONG_AGO)));
        ledger("mixed", new Document("2022-10-04_AM", halfDay(LONG_AGO)).append("2026-11-23_AM", halfDay(RECENTLY))
                .append("2022-10-05_AM", "B|1|" + LONG_AGO.getTime() + "|B")
                .append("2026-11-23_PM", "Z|2|" + RECENTLY.getTime() + "|D"));
        ledger("recent", new Document("2026-11-24_AM", halfDay(RECENTLY)));
        mongo.getCollection("pupil_facts").insertOne(new Document("_id", id("fact-old")).append("recordedAt", LONG_AGO));
        mongo.getCollection("pupil_facts").insertOne(new Document("_id", id("fact-new")).append("recordedAt", RECENTLY));
        identity("not-seen", new Document("firstLinkedAt", LONG_AGO).append("lastLinkedAt", LONG_AGO));
        identity("before-last-linked", new Document("firstLinkedAt", LONG_AGO));
        identity("seen-again", new Document("firstLinkedAt", LONG_AGO).append("lastLinkedAt", RECENTLY));

        String report = http.perform(post("/api/admin/retention-runs").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.categories[?(@.category == 'registrations')].deleted").value(contains(4)))
                .andExpect(jsonPath("$.categories[?(@.category == 'facts')].deleted").value(contains(1)))
                .andExpect(jsonPath("$.categories[?(@.category == 'identities')].deleted").value(contains(2)))
                .andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(report, "$.runId");

        assertThat(find("pupil_half_days", "all-old")).isNull();
        assertThat(find("pupil_half_days", "mixed").get("halfDays", Document.class).keySet())
                .containsExactly("2026-11-23_AM", "2026-11-23_PM");
        assertThat(find("pupil_half_days", "recent").get("halfDays", Document.class).keySet())
                .containsExactly("2026-11-24_AM");
        assertThat(find("pupil_facts", "fact-old")).isNull();
        assertThat(find("pupil_facts", "fact-new")).isNotNull();
        assertThat(find("identities", "not-seen")).isNull();
        assertThat(find("identities", "before-last-linked")).isNull();
        assertThat(find("identities", "seen-again")).isNotNull();
        String purgeEntry = "$[?(@.subject.runId == '" + runId + "')]";
        http.perform(get("/api/audit").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath(purgeEntry + ".action").value(contains("PURGE")))
                .andExpect(jsonPath(purgeEntry + ".subject.identities").value(contains("2")));
    }

    private String id(String name) {
        return name + "-" + run;
    }

    /** A half-day as the ledger stored it before entries became one string (both are purged). */
    private static Document halfDay(Date recordedAt) {
        return new Document("code", "B").append("originalCode", "B").append("version", 1)
                .append("recordedAt", recordedAt);
    }

    private void ledger(String name, Document halfDays) {
        mongo.getCollection("pupil_half_days").insertOne(new Document("_id", id(name))
                .append("schoolId", "school-retention").append("pupilPseudonym", name).append("halfDays", halfDays));
    }

    private void identity(String name, Document linked) {
        Document identity = new Document("_id", id(name)).append("links", List.of());
        identity.putAll(linked);
        mongo.getCollection("identities").insertOne(identity);
    }

    private Document find(String collection, String name) {
        return mongo.getCollection(collection).find(Filters.eq("_id", id(name))).first();
    }
}
