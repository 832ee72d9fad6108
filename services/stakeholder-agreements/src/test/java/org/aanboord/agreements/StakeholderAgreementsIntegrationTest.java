package org.aanboord.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.agreements.application.AgreementPublishing;
import org.aanboord.agreements.application.AgreementQueries;
import org.aanboord.agreements.application.Editor;
import org.aanboord.agreements.application.indicators.IndicatorMeasuring;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.indicators.OverdueActions;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseOutcome;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.notifications.v1.AlertEscalated;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Against the real in-JVM Kafka broker and the MongoDB-wire store. */
@SpringBootTest(properties = "spring.config.name=stakeholder-agreements")
@AutoConfigureMockMvc
class StakeholderAgreementsIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "agreements-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MockMvc http;
    @Autowired
    AgreementPublishing publishing;
    @Autowired
    AgreementQueries queries;
    @Autowired
    EventPublisher events;
    @Autowired
    EventJson eventJson;
    @Autowired
    IndicatorMeasuring measuring;

    @Test
    void theDemoAgreementIsPublishedOnceOnTheCompactedTopicEvenWhenSeededAgain() throws Exception {
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.AGREEMENTS_LIFECYCLE.wireName())) {
            topic.awaitAtLeast(1, record -> "agreement-demo:v1".equals(record.key()));
            AgreementVersion demo = queries.version("agreement-demo", 1).orElseThrow();

            assertThat(publishing.publish(demo, Editor.SYSTEM)).as("publishing the same version again is a no-op")
                    .isFalse();
            // The outbox publishes at least once; a relayed copy carries the same event id, so consumers drop it.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() ->
                    eventIds(topic, "agreement-demo:v1").size() == 1);
            var record = topic.matching(r -> "agreement-demo:v1".equals(r.key())).get(0);
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                    .isEqualTo("org.aanboord.agreements.AgreementPublished.v1");
            JsonNode published = DemoAgreement.JSON.readTree(TopicProbe.payload(record));
            assertThat(published.at("/regisseur/organisationId").asString()).isEqualTo("municipality-demo");
            assertThat(published.at("/rules/2/escalateTo").asString()).isEqualTo("MUNICIPALITY");
            assertThat(published.at("/rules/4/phase").asString()).isEqualTo("COMPENSATION");
        }
        http.perform(get("/api/agreements/agreement-demo/versions/1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools.length()").value(3))
                .andExpect(jsonPath("$.phases.length()").value(4))
                .andExpect(jsonPath("$.rules[2].threshold").value(5));
    }

    @Test
    void anAgreementWithProblemsIsRefusedNamingEveryPlace() throws Exception {
        String agreement = """
                {"agreementId":"agreement-broken","version":1,"title":"Broken","regionId":"r","effectiveFrom":"2026-09-01",
                 "organisations":[{"id":"m","type":"LOKAAL_BESTUUR","name":"M"}],
                 "schools":[{"id":"s1","name":"S1","clbId":"clb-nowhere","municipalityId":"m"}],
                 "contacts":[],"rules":[{"ruleId":"r1","description":"d","measure":"PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR",
                 "threshold":5,"attentionLevel":"TARGETED","opensCase":true,"recipients":[],"phase":"INTERVENTION"}]}""";

        http.perform(asAdmin(post("/api/agreements")).content(agreement))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("schools[0].clbId", "rules[0].recipients",
                        "regie.organisationId", "phases", "followUp")))
                .andExpect(jsonPath("$.errors[?(@.field == 'rules[0].recipients')].message")
                        .value(hasItem("a rule must notify at least one party")));
        http.perform(get("/api/agreements/agreement-broken/versions/1")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void onlyHubAdminsAndTheRegisseurMayEdit() throws Exception {
        String agreement = region("agreement-roles", "2026-09-01").toString();

        http.perform(MockMvcRequestBuilders.put("/api/agreements/agreement-roles/draft")
                        .contentType(MediaType.APPLICATION_JSON).content(agreement))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(put("/api/agreements/agreement-roles/draft").with(TestTokens.as("CLB_WORKER", "clb-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(agreement))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/agreements/agreement-roles/draft")).andExpect(status().isNotFound());

        http.perform(asRegisseur(put("/api/agreements/agreement-roles/draft")).content(agreement))
                .andExpect(status().isOk());
        http.perform(put("/api/agreements/agreement-roles/draft")
                        .with(TestTokens.as("REGISSEUR", "municipality-elsewhere"))
                        .contentType(MediaType.APPLICATION_JSON).content(agreement))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("may only change the agreement whose regie")));
        http.perform(delete("/api/agreements/agreement-roles/draft").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isForbidden());
        http.perform(asAdmin(delete("/api/agreements/agreement-roles/draft")))
                .andExpect(status().isNoContent());
    }

    @Test
    void aDraftBecomesAnImmutableVersionThatAppliesFromItsEffectiveDate() throws Exception {
        String id = "agreement-versions";
        ObjectNode first = region(id, "2026-09-01");
        http.perform(asAdmin(put("/api/agreements/" + id + "/draft")).content(first.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreement.version").value(1))
                .andExpect(jsonPath("$.publishable").value(true));
        http.perform(asAdmin(post("/api/agreements/" + id + "/draft/publish")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));

        ObjectNode second = region(id, "2026-09-01");
        DemoAgreement.at(second, "/rules/2").put("threshold", 3).putArray("recipients");
        http.perform(asRegisseur(put("/api/agreements/" + id + "/draft")).content(second.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreement.version").value(2))
                .andExpect(jsonPath("$.publishable").value(false))
                .andExpect(jsonPath("$.problems[*].field", hasItems("rules[2].recipients", "effectiveFrom")));
        http.perform(asRegisseur(post("/api/agreements/" + id + "/draft/publish")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItems("rules[2].recipients", "effectiveFrom")));

        DemoAgreement.at(second, "/rules/2").putArray("recipients").addObject().put("party", "CLB")
                .put("dataScope", "IDENTIFIED");
        http.perform(asRegisseur(put("/api/agreements/" + id + "/draft")).content(second.toString()))
                .andExpect(jsonPath("$.problems[*].field", hasItem("effectiveFrom")));
        http.perform(asRegisseur(post("/api/agreements/" + id + "/draft/publish"))
                        .content("{\"effectiveFrom\":\"2027-01-04\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.effectiveFrom").value("2027-01-04"));

        http.perform(get("/api/agreements/" + id + "/versions"))
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].effectiveUntil").value("2027-01-03"))
                .andExpect(jsonPath("$[1].version").value(2))
                .andExpect(jsonPath("$[1].effectiveUntil").value(nullValue()))
                .andExpect(jsonPath("$[1].publishedBy").value("els.janssens"));
        http.perform(get("/api/agreements/" + id + "/diff?from=1&to=2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[*].description", hasItems(
                        "effectiveFrom: 2026-09-01 → 2027-01-04",
                        "rules[clb-notification-5b].threshold: 5 → 3",
                        "rules[clb-notification-5b].recipients[0].party: SCHOOL → CLB")));
        http.perform(asAdmin(put("/api/agreements/" + id + "/versions/1")).content(first.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("is published and cannot change")));
        http.perform(get("/api/agreements/" + id + "/versions/1"))
                .andExpect(jsonPath("$.rules[2].threshold").value(5));

        http.perform(get("/api/agreements/" + id + "/audit"))
                .andExpect(jsonPath("$[*].action").value(contains("DRAFT_SAVED", "PUBLISHED",
                        "DRAFT_SAVED", "DRAFT_SAVED", "PUBLISHED")))
                .andExpect(jsonPath("$[0].actor").value("admin@hub"))
                .andExpect(jsonPath("$[2].actor").value("els.janssens"))
                .andExpect(jsonPath("$[2].role").value("REGISSEUR"))
                .andExpect(jsonPath("$[2].details", hasItem("rules[clb-notification-5b].threshold: 5 → 3")));

        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.AGREEMENTS_LIFECYCLE.wireName())) {
            topic.awaitAtLeast(1, record -> (id + ":v2").equals(record.key()));
            assertThat(eventIds(topic, id + ":v2")).hasSize(1);
        }
    }

    @Test
    void exportThenImportGivesTheSameAgreement() throws Exception {
        String id = "agreement-export";
        http.perform(asAdmin(post("/api/agreements")).content(region(id, "2026-09-01").toString()))
                .andExpect(status().isCreated());

        String exported = http.perform(get("/api/agreements/" + id + "/versions/1/export"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();
        http.perform(asAdmin(post("/api/agreements/import")).content(exported))
                .andExpect(status().isCreated());
        String draft = http.perform(get("/api/agreements/" + id + "/draft"))
                .andReturn().getResponse().getContentAsString();

        ObjectNode imported = (ObjectNode) DemoAgreement.JSON.readTree(draft).get("agreement");
        assertThat(imported.get("version").asInt()).as("the import is the draft of the next version").isEqualTo(2);
        imported.put("version", 1);
        assertThat(imported).isEqualTo(DemoAgreement.JSON.readTree(exported));
        assertThat(DemoAgreement.read(imported)).isEqualTo(queries.version(id, 1).orElseThrow());
    }

    @Test
    void thePrintableDocumentFollowsTheDraaiboeksSections() throws Exception {
        String html = http.perform(get("/api/agreements/agreement-demo/versions/1/document"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsSubsequence("1. Invullen van het draaiboek", "1.1. Contactgegevens",
                "Wie speelt er op lokaal niveau allemaal een rol bij de aanval op schooluitval?",
                "<th>Instantie</th><th>Contactpersoon</th><th>Rol</th><th>E-mailadres</th><th>Telefoonnummer</th>"
                        + "<th>Opmerkingen</th>",
                "Els Janssens", "Wie kan er bijdragen", "1.2. Regiefunctie",
                "Neemt het initiatief tot het invullen van het draaiboek", "1.3. Doelstellingen en concrete acties",
                "Strategische DS1", "Operationele DS1.1", "ACTIE 1", "Resultaatsindicatoren",
                "<th>Indicator</th><th>Maatstaf</th><th>Timing</th><th>Actuele waarde</th><th>Streefwaarde</th>",
                "1.4. Afspraken", "1.4.1. Monitoring &amp; identificatie", "1.4.2. Preventie", "1.4.3. Interventie",
                "≥ 5; opent een begeleidingsdossier", "het CLB van de school, binnen 5 schooldagen",
                "1.4.4. Compensatie", "1.5. Opvolging en evaluatie", "elk trimester", "Ondertekening");
    }

    @Test
    void indicatorValuesFollowThePlatformsEventsAndShowTheTrendAgainstTheTarget() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        String schoolYear = (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) + "-"
                + (today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear());
        String absent = "pupil-31b-" + System.nanoTime();
        events.publishAndWait(List.of(
                assessment(absent, schoolYear, 31, Instant.parse("2026-11-20T10:00:00Z")),
                assessment("pupil-6b-" + System.nanoTime(), schoolYear, 6, Instant.parse("2026-11-20T10:00:00Z")),
                event(new CaseOpened("case-indicators", absent, CaseType.PROBLEMATIC_ABSENCE, CaseStatus.SIGNALLED,
                        "school-demo-1", "clb-demo", "municipality-demo", "clb-notification-5b", "a-1",
                        "agreement-demo", 1, Instant.parse("2026-11-20T10:00:00Z")), "case-indicators")));
        long overdue = OverdueActions.on(queries.version("agreement-demo", 1).orElseThrow(), today).size();

        await().untilAsserted(() -> http.perform(get("/api/agreements/agreement-demo/indicators"))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-b30')].currentValue").value(hasItem(1.0)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-b30')].onTarget").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-b30')].targetValue").value(hasItem(8.0)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-b30')].trend[*].day").value(hasItem(today.toString())))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-open-cases')].currentValue").value(hasItem(0.33)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-overdue-actions')].currentValue")
                        .value(hasItem((double) overdue))));

        // The pupil's absences were corrected: the newer assessment no longer holds 30; a late older one is ignored.
        events.publishAndWait(List.of(
                assessment(absent, schoolYear, 12, Instant.parse("2026-11-21T10:00:00Z")),
                assessment(absent, schoolYear, 30, Instant.parse("2026-11-19T10:00:00Z")),
                event(new CaseStatusChanged("case-indicators", absent, CaseStatus.SIGNALLED, CaseStatus.CLOSED,
                        "resolved", CaseOutcome.RE_ENGAGED, "school-demo-1", "clb-demo",
                        Instant.parse("2026-11-21T10:00:00Z")), "case-indicators")));
        await().untilAsserted(() -> http.perform(get("/api/agreements/agreement-demo/indicators"))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-b30')].currentValue").value(hasItem(0.0)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-open-cases')].currentValue").value(hasItem(0.0))));
    }

    @Test
    void anIndicatorThatLeavesItsTargetIsReportedToTheRegisseurOnce() throws Exception {
        // A region of its own: the authorisation matrix runs another instance (own database) on the same broker, and
        // its first scheduled round of the demo agreement's indicators may come while this test runs.
        // ACTIE 1 of DS1.1 was due on 2026-10-01 and is still in progress, so the overdue-actions indicator (target 0)
        // is off target from its first measurement on, and stays so through every later measurement.
        String id = "agreement-off-target";
        http.perform(asAdmin(put("/api/agreements/" + id + "/draft")).content(region(id, "2026-09-01").toString()))
                .andExpect(status().isOk());
        http.perform(asAdmin(post("/api/agreements/" + id + "/draft/publish"))).andExpect(status().isCreated());
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.AGREEMENTS_INDICATORS.wireName())) {
            Predicate<ConsumerRecord<String, byte[]>> overdueActions = record -> {
                JsonNode event = DemoAgreement.JSON.readTree(TopicProbe.payload(record));
                return "ind-overdue-actions".equals(event.path("indicatorId").asString())
                        && id.equals(event.path("agreementId").asString());
            };
            measuring.measure(id);
            var offTarget = topic.awaitAtLeast(1, overdueActions);
            JsonNode event = DemoAgreement.JSON.readTree(TopicProbe.payload(offTarget.get(0)));
            assertThat(event.get("value").asDouble()).isGreaterThan(event.get("targetValue").asDouble());
            assertThat(event.at("/regisseur/organisationId").asString()).isEqualTo("municipality-demo");
            assertThat(TopicProbe.header(offTarget.get(0), CloudEventHeaders.TYPE))
                    .isEqualTo("org.aanboord.agreements.IndicatorOffTarget.v1");
            http.perform(get("/api/agreements/" + id + "/indicators"))
                    .andExpect(jsonPath("$[?(@.indicatorId == 'ind-overdue-actions')].onTarget").value(hasItem(false)));

            measuring.measure(id);
            measuring.measureAll();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> topic.matching(
                    overdueActions).stream()
                    .map(record -> TopicProbe.header(record, CloudEventHeaders.ID)).distinct().count() == 1);
        }
    }

    @Test
    void theShareOfClbAlertsAcknowledgedInTimeCountsEscalatedOnesAsLate() throws Exception {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        List<OutgoingEvent> outcomes = new ArrayList<>();
        for (String alert : List.of("alert-1", "alert-2", "alert-3", "alert-4")) {
            String recipient = "alert-4".equals(alert) ? "school-demo-1" : "clb-demo";
            outcomes.add(event(new AlertDelivered(alert, recipient, "CLB", "INBOX", "p", "clb-notification-5b",
                    "agreement-demo", 1, "a", at), recipient));
        }
        outcomes.add(event(new AlertAcknowledged("alert-1", "clb-demo", "clb-notification-5b", at, at.plusSeconds(60)),
                "clb-demo"));
        outcomes.add(event(new AlertAcknowledged("alert-2", "clb-demo", "clb-notification-5b", at, at.plusSeconds(90)),
                "clb-demo"));
        outcomes.add(event(new AlertEscalated("alert-3", "clb-demo", "clb-notification-5b", LocalDate.of(2026, 11, 27),
                "alert-3-esc", "municipality-demo", "MUNICIPALITY", Instant.parse("2026-11-28T07:00:00Z")), "clb-demo"));
        outcomes.add(event(new AlertAcknowledged("alert-3", "clb-demo", "clb-notification-5b", at,
                Instant.parse("2026-11-30T09:00:00Z")), "clb-demo"));
        outcomes.add(event(new AlertAcknowledged("alert-4", "school-demo-1", "clb-notification-5b", at, at),
                "school-demo-1"));
        events.publishAndWait(outcomes);

        // 2 of the 3 settled CLB alerts in time (the school's alert does not count): 66.67 %, below the 90 % target.
        await().untilAsserted(() -> http.perform(get("/api/agreements/agreement-demo/indicators"))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-ack-in-time')].currentValue").value(hasItem(66.67)))
                .andExpect(jsonPath("$[?(@.indicatorId == 'ind-ack-in-time')].onTarget").value(hasItem(false))));
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.AGREEMENTS_INDICATORS.wireName())) {
            assertThat(topic.awaitAtLeast(1, record -> TopicProbe.payload(record).contains("ind-ack-in-time")))
                    .isNotEmpty();
        }
    }

    private OutgoingEvent assessment(String pupil, String schoolYear, int bHalfDays, Instant at) {
        List<RuleOutcome> holding = new ArrayList<>();
        holding.add(new RuleOutcome("clb-notification-5b", "5 B", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", bHalfDays, 5,
                AttentionLevel.TARGETED, "B half-days this school year: " + bHalfDays + " ≥ 5"));
        if (bHalfDays >= 30) {
            holding.add(new RuleOutcome("problematically-absent-30b", "30 B", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR",
                    bHalfDays, 30, AttentionLevel.INTENSIVE, "B half-days this school year: " + bHalfDays + " ≥ 30"));
        }
        return event(new RiskAssessmentChanged(UUID.randomUUID().toString(), pupil, "school-demo-1", "clb-demo",
                "municipality-demo", schoolYear, "agreement-demo", 1, holding.get(holding.size() - 1).attentionLevel(),
                AttentionLevel.UNIVERSAL, holding, List.of(), List.of(), at), pupil);
    }

    private OutgoingEvent event(Record event, String key) {
        return OutgoingEvent.of(event, key, key, eventJson);
    }

    @Test
    void theOpenApiDescribesTheEditingAndReadingEndpoints() throws Exception {
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/agreements/{agreementId}/draft'].put").exists())
                .andExpect(jsonPath("$.paths['/api/agreements/{agreementId}/draft/publish'].post").exists())
                .andExpect(jsonPath("$.paths['/api/agreements/{agreementId}/diff'].get").exists())
                .andExpect(jsonPath("$.paths['/api/agreements/{agreementId}/versions/{version}/document'].get").exists())
                .andExpect(jsonPath("$.paths['/api/agreements/{agreementId}/indicators'].get").exists());
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStore() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
    }

    private static Set<String> eventIds(TopicProbe topic, String key) {
        return topic.matching(record -> key.equals(record.key())).stream()
                .map(record -> TopicProbe.header(record, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
    }

    /** The demo agreement as another region's, with schools of its own so the two do not overlap. */
    private static ObjectNode region(String agreementId, String effectiveFrom) {
        String json = DemoAgreement.json().toString()
                .replace("agreement-demo", agreementId)
                .replace("school-demo-", agreementId + "-school-");
        ObjectNode region = (ObjectNode) DemoAgreement.JSON.readTree(json);
        return region.put("effectiveFrom", effectiveFrom);
    }

    /** A read by the care team of a demo school: agreements are readable to every signed-in person. */
    private static MockHttpServletRequestBuilder get(String path) {
        return MockMvcRequestBuilders.get(path).with(TestTokens.as("SCHOOL_STAFF", "school-demo-1"));
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(TestTokens.as("HUB_ADMIN", "hub", "admin@hub")).contentType(MediaType.APPLICATION_JSON);
    }

    private static MockHttpServletRequestBuilder asRegisseur(MockHttpServletRequestBuilder request) {
        return request.with(TestTokens.as("REGISSEUR", "municipality-demo", "els.janssens"))
                .contentType(MediaType.APPLICATION_JSON);
    }
}
