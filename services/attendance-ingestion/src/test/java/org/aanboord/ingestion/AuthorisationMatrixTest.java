package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.AccessMatrix;
import org.aanboord.testsupport.AccessMatrix.Caller;
import org.aanboord.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint × every role, own school and another school of the region: only a school writes about its pupils,
 * its software attendance only. The bodies are invalid on purpose (code X), so an admitted caller is answered 422
 * and nothing is published. A batch is admitted, but its rows naming another school are refused one by one.
 * Re-identification is asked for a pupil of the school: its staff and its CLB are answered, the staff of another
 * school is told no such pupil exists (404), every other role is refused. The retention reports are the hub
 * admin's and the DPO's, a purge run the hub admin's.
 */
class AuthorisationMatrixTest extends IngestionIntegrationTest {

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;

    private static final String ROW = "{\"schoolId\":\"" + SCHOOL + "\",\"pupilId\":\"matrix\",\"date\":\"2026-11-16\","
            + "\"halfDay\":\"AM\",\"code\":\"X\"}";

    @Test
    void everyEndpointAdmitsExactlyItsRolesAndTenantsAndRefusesBadTokens() throws Exception {
        List<Caller> callers = List.of(
                new Caller("software", "SCHOOL_SOFTWARE", SCHOOL),
                new Caller("software-other", "SCHOOL_SOFTWARE", CALENDAR_SCHOOL),
                new Caller("school", "SCHOOL_STAFF", SCHOOL),
                new Caller("school-other", "SCHOOL_STAFF", CALENDAR_SCHOOL),
                new Caller("clb", "CLB_WORKER", "clb-demo"),
                new Caller("regisseur", "REGISSEUR", "municipality-demo"),
                new Caller("admin", "HUB_ADMIN", "hub"),
                new Caller("dpo", "DPO", "hub"));
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content(ROW.replace("\"code\":\"X\"", "\"code\":\"B\"")))
                .andExpect(status().is2xxSuccessful());
        String identity = "/api/pupils/" + pseudonymizer.ofLocalId(SCHOOL, "matrix") + "/identity";
        new AccessMatrix(http, callers)
                .endpoint(POST, "/api/registrations", ROW, "software", "school")
                .endpoint(POST, "/api/registrations/batch", "[" + ROW + "]", "software", "software-other", "school",
                        "school-other")
                .endpoint(POST, "/api/registrations/revocations", "{\"schoolId\":\"" + SCHOOL
                        + "\",\"pupilId\":\"matrix\",\"date\":\"2026-11-16\",\"halfDay\":\"X\"}", "software", "school")
                .endpoint(POST, "/api/enrolments", "{\"schoolId\":\"" + SCHOOL + "\",\"kind\":\"X\"}", "school")
                .endpoint(POST, "/api/signals", "{\"schoolId\":\"" + SCHOOL + "\",\"kind\":\"X\"}", "school")
                .endpoint(POST, identity, "{\"purpose\":\"Checking the authorisation matrix of this endpoint\"}",
                        "school", "clb").hiding("school-other")
                .endpoint(GET, "/api/admin/retention-reports", null, "admin", "dpo")
                .endpoint(POST, "/api/admin/retention-runs", null, "admin")
                .endpoint(GET, "/api/audit", null, "dpo")
                .endpoint(GET, "/api/audit/verification", null, "dpo")
                .verify();
    }

    @Test
    void aBatchRowNamingAnotherSchoolIsRefusedAndTheOwnRowsStillCount() throws Exception {
        String foreign = ROW.replace("\"code\":\"X\"", "\"code\":\"B\"");
        String own = foreign.replace(SCHOOL, CALENDAR_SCHOOL).replace("matrix", "matrix-own");
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", CALENDAR_SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("[" + foreign + "," + own + "]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].rule").value("not-your-school"))
                .andExpect(jsonPath("$.errors.length()").value(1));
        assertThat(http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", CALENDAR_SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content(foreign)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
