package org.aanboord.cases;

import static org.aanboord.cases.CaseFixtures.agreementWithCalendar;
import static org.aanboord.cases.CaseFixtures.crossing;
import static org.aanboord.cases.CaseFixtures.pupil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CaseSignalling;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.testsupport.TestTokens;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The retention purge of case-management: a case closed longer ago than the retention (default two years) is gone
 * with its notes and actions; a case closed more recently stays, and an open case stays however old it is. The run
 * is reported, counted and audited.
 */
class CaseRetentionIntegrationTest extends CaseServiceSupport {

    private static final Duration RETENTION = Duration.ofDays(730);

    @Autowired
    MockMvc http;
    @Autowired
    AgreementDirectory agreements;
    @Autowired
    CaseSignalling signalling;
    @Autowired
    CaseQueries cases;
    @Autowired
    RetentionPurgeJob job;
    @Autowired
    MeterRegistry meters;

    @Test
    void aCaseClosedLongerAgoThanTheRetentionIsPurgedWhileOpenAndRecentlyClosedCasesStayAndTheRunIsReported()
            throws Exception {
        // Cases the other test classes closed must not count in this run: purge everything closed up to now first.
        clock.set(FRIDAY.plus(RETENTION).plus(Duration.ofDays(400)));
        job.run("test-setup");
        clock.set(FRIDAY);

        String agreementId = "agreement-retention-" + UUID.randomUUID();
        String school = agreementId + "-school-west";
        agreements.record(agreementWithCalendar(agreementId));
        String longClosed = open(agreementId, school);
        String stillOpen = open(agreementId, school);
        String recentlyClosed = open(agreementId, school);
        transition(longClosed, "{\"to\":\"TRIAGE\",\"ownerId\":\"clb-west/an\"}").andExpect(status().isOk());
        transition(recentlyClosed, "{\"to\":\"TRIAGE\",\"ownerId\":\"clb-west/an\"}").andExpect(status().isOk());
        http.perform(post("/api/cases/{caseId}/notes", longClosed).with(TestTokens.as("CLB_WORKER", "clb-west"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"talked with the parents\",\"confidentiality\":\"CASE_TEAM\"}"))
                .andExpect(status().is2xxSuccessful());
        close(longClosed);
        clock.set(FRIDAY.plus(Duration.ofDays(700)));
        close(recentlyClosed);
        clock.set(FRIDAY.plus(RETENTION).plus(Duration.ofDays(10)));
        double countedBefore = purgedCounter();

        String run = http.perform(post("/api/admin/retention-runs").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.triggeredBy").exists())
                .andExpect(jsonPath("$.categories[0].category").value("closed-cases"))
                .andExpect(jsonPath("$.categories[0].cutoff").value(FRIDAY.plus(Duration.ofDays(10)).toString()))
                .andExpect(jsonPath("$.categories[0].deleted").value(1))
                .andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(run, "$.runId");

        caseAsClb(longClosed).andExpect(status().isNotFound());
        http.perform(get("/api/cases/{caseId}/notes", longClosed).with(TestTokens.as("CLB_WORKER", "clb-west")))
                .andExpect(status().isNotFound());
        caseAsClb(recentlyClosed).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        caseAsClb(stillOpen).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNALLED"));
        assertThat(purgedCounter() - countedBefore).isEqualTo(1.0);

        http.perform(get("/api/admin/retention-reports").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.runId == '" + runId + "')].categories[0].deleted").value(contains(1)));
        String purgeEntry = "$[?(@.subject.runId == '" + runId + "')]";
        http.perform(get("/api/audit").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath(purgeEntry + ".action").value(contains("PURGE")))
                .andExpect(jsonPath(purgeEntry + ".role").value(contains("HUB_ADMIN")))
                .andExpect(jsonPath(purgeEntry + ".subject.closed-cases").value(contains("1")));
    }

    @Test
    void theReportsRefuseALimitOutsideTheirRangeAsProblemJson() throws Exception {
        http.perform(get("/api/admin/retention-reports").param("limit", "0").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private String open(String agreementId, String school) {
        String pupil = pupil();
        signalling.assessmentChanged(crossing(agreementId, pupil, school, clock.instant()));
        return cases.find(new CaseFilter(school, null, null, null, null, null, 0, 200), CaseScope.EVERYTHING).cases()
                .stream().filter(file -> file.pupilPseudonym().equals(pupil)).findFirst().orElseThrow().caseId();
    }

    private void close(String caseId) throws Exception {
        transition(caseId, "{\"to\":\"CLOSED\",\"outcome\":\"RE_ENGAGED\",\"reason\":\"attends again\"}")
                .andExpect(status().isOk());
    }

    private ResultActions transition(String caseId, String body) throws Exception {
        return http.perform(post("/api/cases/{caseId}/transitions", caseId)
                .with(TestTokens.as("CLB_WORKER", "clb-west")).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions caseAsClb(String caseId) throws Exception {
        return http.perform(get("/api/cases/{caseId}", caseId).with(TestTokens.as("CLB_WORKER", "clb-west")));
    }

    private double purgedCounter() {
        return meters.get("aanboord.retention.purged").tag("category", "closed-cases").counter().count();
    }
}
