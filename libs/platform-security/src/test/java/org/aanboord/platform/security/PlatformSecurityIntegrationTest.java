package org.aanboord.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.security.audit.AuditInterceptor;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The resource server every service imports, on a small app with one pupil-level endpoint. */
@SpringBootTest(classes = PlatformSecurityIntegrationTest.App.class, properties = {
        "spring.application.name=security-test",
        "spring.config.import=classpath:aanboord-platform.yml",
        "aanboord.security.audit-paths=/api/schools/**",
        "aanboord.outbox.sweep-interval=1h"})
@AutoConfigureMockMvc
class PlatformSecurityIntegrationTest {

    @SpringBootApplication
    static class App {

        @Bean
        AccessRules schoolRules() {
            return requests -> requests.requestMatchers("/api/schools/**")
                    .hasAnyRole(Role.SCHOOL_STAFF.name(), Role.CLB_WORKER.name());
        }

        @Bean
        PupilsOfSchool pupilsOfSchool(Tenancy tenancy) {
            return new PupilsOfSchool(tenancy);
        }
    }

    @RestController
    static class PupilsOfSchool {

        private final Tenancy tenancy;

        PupilsOfSchool(Tenancy tenancy) {
            this.tenancy = tenancy;
        }

        @GetMapping("/api/schools/{schoolId}/pupils")
        List<String> pupils(@PathVariable String schoolId, Caller caller) {
            tenancy.requireSchools(caller, List.of(schoolId));
            return List.of("pseudonym-of-" + schoolId, "asked-by-" + caller.who());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "security-test");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AgreementDirectory agreements;

    @BeforeEach
    void region() {
        agreements.record(new AgreementPublished("region-a", 1, "Region A", "region-a", LocalDate.of(2025, 9, 1),
                Instant.parse("2025-08-01T00:00:00Z"), List.of(), List.of(
                        new School("school-a1", "A1", "clb-a", "municipality-a"),
                        new School("school-b1", "B1", "clb-b", "municipality-b")), List.of(), List.of(), List.of()));
    }

    @Test
    void refusesRequestsWithoutAValidTokenWithProblemJsonAndBearerChallenge() throws Exception {
        mvc.perform(get("/api/schools/school-a1/pupils"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401));
        for (String token : List.of(TestTokens.expired("SCHOOL_STAFF", "school-a1"),
                TestTokens.wrongAudience("SCHOOL_STAFF", "school-a1"),
                TestTokens.wronglySigned("SCHOOL_STAFF", "school-a1"),
                TestTokens.token("JANITOR", "school-a1"),
                "not-a-jwt")) {
            mvc.perform(get("/api/schools/school-a1/pupils").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token")))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void rolesAndTenancyDecideAndAnswersCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/api/schools/school-a1/pupils").with(TestTokens.as("SCHOOL_STAFF", "school-a1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1]").value("asked-by-school_staff@school-a1"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(get("/api/schools/school-b1/pupils").with(TestTokens.as("SCHOOL_STAFF", "school-a1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("school-b1")));
        mvc.perform(get("/api/schools/school-a1/pupils").with(TestTokens.as("CLB_WORKER", "clb-a")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/schools/school-b1/pupils").with(TestTokens.as("CLB_WORKER", "clb-a")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/schools/school-a1/pupils").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/anything-not-declared").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void auditTrailShowsEveryReadToTheDpoAndDetectsATamperedEntry() throws Exception {
        long before = mongo.count(new Query(), Document.class, "audit_trail");
        mvc.perform(get("/api/schools/school-a1/pupils").with(TestTokens.as("SCHOOL_STAFF", "school-a1"))
                .header(AuditInterceptor.PURPOSE, "prepare the parents meeting")).andExpect(status().isOk());
        mvc.perform(get("/api/schools/school-a1/pupils").with(TestTokens.as("CLB_WORKER", "clb-a")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/schools/school-b1/pupils").with(TestTokens.as("CLB_WORKER", "clb-a")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/audit?size=3").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[2].who").value("school_staff@school-a1"))
                .andExpect(jsonPath("$[2].role").value("SCHOOL_STAFF"))
                .andExpect(jsonPath("$[2].organisationId").value("school-a1"))
                .andExpect(jsonPath("$[2].action").value("READ"))
                .andExpect(jsonPath("$[2].what").value("GET /api/schools/{schoolId}/pupils"))
                .andExpect(jsonPath("$[2].subject.schoolId").value("school-a1"))
                .andExpect(jsonPath("$[2].purpose").value("prepare the parents meeting"))
                .andExpect(jsonPath("$[1].purpose").value("CLB pupil guidance (leerlingbegeleiding)"))
                .andExpect(jsonPath("$[0].status").value(403));
        mvc.perform(get("/api/audit").with(TestTokens.as("HUB_ADMIN", "hub"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/verification").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.entries").value(before + 3));

        mongo.updateFirst(Query.query(Criteria.where("_id").is(before + 2)), Update.update("organisationId", "clb-b"),
                "audit_trail");

        mvc.perform(get("/api/audit/verification").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.brokenAt").value(before + 2))
                .andExpect(jsonPath("$.entries").value(before + 1));
        assertThat(mongo.count(new Query(), Document.class, "audit_trail"))
                .as("reading the trail is not audited into it").isEqualTo(before + 3);
    }
}
