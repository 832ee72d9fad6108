package org.aanboord.notifications;

import static org.aanboord.notifications.Fixtures.B5;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AccessMatrix;
import org.aanboord.testsupport.AccessMatrix.Caller;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint × every role, own tenant and another, on the school's alert of a 5B crossing: an inbox and its
 * alerts belong to their organisation alone; the delivery log of an alert also to the hub admin, who alone works
 * the delivery queue and starts a retention purge; the retention reports to the hub admin and the DPO; the audit trail
 * to the DPO.
 */
// A consumer group of its own: this context stays alive next to NotificationsIntegrationTest's on the same broker,
// and in one group the two would split the partitions and each miss half of the other's events.
@SpringBootTest(properties = { "spring.config.name=notifications",
        "spring.cloud.stream.bindings.onAssessment-in-0.group=notifications-matrix",
        "spring.cloud.stream.bindings.onAgreement-in-0.group=notifications-matrix" })
@AutoConfigureMockMvc
class AuthorisationMatrixTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "notifications-matrix");
    }

    @Autowired
    MockMvc http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventJson json;
    @Autowired
    JsonMapper mapper;

    @Test
    void everyEndpointAdmitsExactlyItsRolesAndTenantsAndRefusesBadTokens() throws Exception {
        AwaitDefaults.apply();
        Fixtures region = Fixtures.fresh();
        Fixtures other = Fixtures.fresh();
        AgreementPublished agreement = region.agreement();
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        RiskAssessmentChanged crossing = region.crossing(Fixtures.pupil(), 5, B5);
        publisher.publishAndWait(OutgoingEvent.of(crossing, crossing.pupilPseudonym(), crossing.pupilPseudonym(), json));
        String alertId = await().until(() -> mapper.readTree(http.perform(get("/api/inbox")
                        .with(Fixtures.signedInFor(region.school()))).andReturn().getResponse().getContentAsString()),
                inbox -> inbox.size() == 1).get(0).get("id").asString();
        String alert = "/api/inbox/" + alertId;

        List<Caller> callers = List.of(
                new Caller("school", "SCHOOL_STAFF", region.school()),
                new Caller("school-other", "SCHOOL_STAFF", other.school()),
                new Caller("software", "SCHOOL_SOFTWARE", region.school()),
                new Caller("clb", "CLB_WORKER", region.clb()),
                new Caller("clb-other", "CLB_WORKER", other.clb()),
                new Caller("regisseur", "REGISSEUR", region.municipality()),
                new Caller("regisseur-other", "REGISSEUR", other.municipality()),
                new Caller("admin", "HUB_ADMIN", "hub"),
                new Caller("dpo", "DPO", "hub"));
        String[] people = {"school", "school-other", "clb", "clb-other", "regisseur", "regisseur-other"};
        new AccessMatrix(http, callers)
                .endpoint(GET, "/api/inbox", null, people)
                .endpoint(GET, "/api/inbox?organisationId=" + region.school(), null, "school")
                .endpoint(GET, "/api/inbox/stream?organisationId=" + region.school(), null, "school")
                .endpoint(GET, alert, null, "school")
                .endpoint(POST, alert + "/read", null, "school")
                .endpoint(POST, alert + "/acknowledge", null, "school")
                .endpoint(GET, alert + "/deliveries", null, "school", "admin")
                .endpoint(GET, "/api/deliveries?status=DEAD", null, "admin")
                .endpoint(POST, "/api/deliveries/no-such-delivery/resend", null, "admin")
                .endpoint(GET, "/api/admin/retention-reports", null, "admin", "dpo")
                .endpoint(POST, "/api/admin/retention-runs", null, "admin")
                .endpoint(GET, "/api/audit", null, "dpo")
                .endpoint(GET, "/api/audit/verification", null, "dpo")
                .verify();
    }
}
