package org.aanboord.notifications;

import static org.aanboord.notifications.Fixtures.B10;
import static org.aanboord.notifications.Fixtures.B5;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.notifications.v1.AlertAcknowledged;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Against the real in-JVM Kafka broker and the MongoDB-wire store, through the real topics. */
@SpringBootTest(properties = "spring.config.name=notifications")
@AutoConfigureMockMvc
class NotificationsIntegrationTest {

    private static final String DLT = Topic.RISK_ASSESSMENTS.deadLetterTopic("notifications");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "notifications-it");
    }

    @BeforeAll
    static void awaitDefaults() {
        AwaitDefaults.apply();
    }

    @Autowired
    MockMvc http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    EventJson json;
    @Autowired
    JsonMapper mapper;

    private final Fixtures region = Fixtures.fresh();
    private final String pupil = Fixtures.pupil();

    @Test
    void everyRecipientTheAgreementNamesGetsOneAlertAndAReplaySendsNothingNew() throws Exception {
        publish(region.agreement());
        try (TopicProbe outcomes = outcomes()) {
            RiskAssessmentChanged fiveHalfDays = region.crossing(pupil, 5, B5);
            publish(fiveHalfDays);

            await().untilAsserted(() -> {
                assertThat(inbox(region.school())).hasSize(1);
                assertThat(inbox(region.clb())).hasSize(1);
                assertThat(inbox(region.municipality())).hasSize(1);
            });
            assertThat(delivered(outcomes, 3)).containsOnlyKeys(region.school(), region.clb(), region.municipality());

            JsonNode school = inbox(region.school()).get(0);
            assertThat(school.get("titleNl").asString()).isEqualTo("Drempel bereikt: 5 problematische halve dagen");
            assertThat(school.get("titleEn").asString()).isEqualTo("Threshold reached: 5 problematic half-days");
            assertThat(school.get("explanation").asString()).isEqualTo("B half-days this school year: 5 ≥ 5");
            assertThat(school.get("consolePath").asString()).isEqualTo("/console/pupils/" + pupil);
            JsonNode municipality = inbox(region.municipality()).get(0);
            assertThat(municipality.get("pupilPseudonym").asString()).isEqualTo(pupil);
            assertThat(municipality.has("consolePath")).as("no link for pseudonymised recipients").isFalse();
            assertThat(municipality.has("schoolId")).as("no school for pseudonymised recipients").isFalse();
            assertThat(inbox(region.clb()).get(0).at("/recipient/contacts/0/fullName").asString())
                    .isEqualTo("An Peeters");

            publish(fiveHalfDays);                                   // the same assessment again, new ce_id
            publish(region.crossing(pupil, 10, B10));                // a rule that leaves the municipality out

            // One pupil's records share a partition, so once b10 is delivered the replay was handled.
            await().untilAsserted(() -> {
                assertThat(inbox(region.school())).hasSize(2);
                assertThat(inbox(region.clb())).hasSize(2);
            });
            assertThat(inbox(region.municipality())).as("b10 does not name the municipality").hasSize(1);
            assertThat(inbox(region.school()).get(0).at("/rule/ruleId").asString()).as("newest first").isEqualTo(B10);
            Map<String, Long> perRecipient = delivered(outcomes, 5);
            assertThat(perRecipient).containsEntry(region.school(), 2L).containsEntry(region.clb(), 2L)
                    .containsEntry(region.municipality(), 1L);
        }
    }

    @Test
    void aRuleThatClearsAndIsCrossedAgainAlertsAgainOnceAndItsReplaysNothing() throws Exception {
        publish(region.agreement());
        RiskAssessmentChanged first = region.crossing(pupil, 5, B5);
        RiskAssessmentChanged again = region.crossing(pupil, 5, B5);
        publish(first);
        publish(region.clearing(pupil, 10, B10, B5));                // a correction: b5 no longer holds
        publish(again);                                              // five B half-days again
        publish(first);
        publish(again);

        await().untilAsserted(() -> assertThat(inbox(region.clb())).hasSize(2));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> inbox(region.clb()).size() == 2 && inbox(region.school()).size() == 2);
    }

    @Test
    void anAssessmentThatOnlyClearsRulesAlertsNobody() throws Exception {
        publish(region.agreement());
        publish(region.clearing(pupil, 7, B5, B10));                 // b10 cleared; b5 holds but is not new
        publish(region.crossing(pupil, 10, B10));                    // same partition: handled after the clearing

        await().until(() -> inbox(region.clb()).size() == 1);
        assertThat(inbox(region.school())).singleElement()
                .satisfies(alert -> assertThat(alert.at("/rule/ruleId").asString()).isEqualTo(B10));
        assertThat(inbox(region.municipality())).isEmpty();
    }

    @Test
    void acknowledgingRecordsItOnceAndAnnouncesItOnce() throws Exception {
        publish(region.agreement());
        publish(region.crossing(pupil, 5, B5));
        await().until(() -> inbox(region.clb()).size() == 1);
        String alertId = inbox(region.clb()).get(0).get("id").asString();

        JsonNode first = body(http.perform(post("/api/inbox/{id}/acknowledge", alertId)
                .with(Fixtures.signedInFor(region.clb()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode second = body(http.perform(post("/api/inbox/{id}/acknowledge", alertId)
                .with(Fixtures.signedInFor(region.clb()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(first.get("acknowledgedAt").asString()).isNotBlank()
                .isEqualTo(second.get("acknowledgedAt").asString());
        assertThat(first.has("readAt")).as("acknowledging also reads it").isTrue();
        assertThat(inbox(region.clb(), true)).isEmpty();
        assertThat(inbox(region.school(), true)).hasSize(1);
        try (TopicProbe outcomes = outcomes()) {
            await().until(() -> acknowledgements(outcomes, alertId).size() == 1);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> acknowledgements(outcomes, alertId).size() == 1);
            AlertAcknowledged event = json.read(acknowledgements(outcomes, alertId).get(0).value(), AlertAcknowledged.class);
            assertThat(event.recipientOrganisationId()).isEqualTo(region.clb());
            assertThat(event.ruleId()).isEqualTo(B5);
        }
    }

    @Test
    void readingMarksTheAlertReadForTheUnreadFilter() throws Exception {
        publish(region.agreement());
        publish(region.crossing(pupil, 5, B5));
        await().until(() -> inbox(region.school(), true).size() == 1);
        String alertId = inbox(region.school()).get(0).get("id").asString();

        http.perform(post("/api/inbox/{id}/read", alertId).with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").exists())
                .andExpect(jsonPath("$.acknowledgedAt").doesNotExist());

        assertThat(inbox(region.school(), true)).isEmpty();
        assertThat(inbox(region.school(), false)).hasSize(1);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() throws Exception {
        publish(region.agreement());
        String poisonId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = rawProducer()) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topic.RISK_ASSESSMENTS.wireName(), pupil,
                    "{not json".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.ID, poisonId.getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.TYPE, EventCatalog.of(RiskAssessmentChanged.class).ceType()
                    .getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
        publish(region.crossing(pupil, 5, B5));                      // same key, so queued behind the poison

        try (TopicProbe deadLetters = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(), DLT)) {
            ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitAtLeast(1,
                    record -> poisonId.equals(TopicProbe.header(record, CloudEventHeaders.ID))).get(0);
            assertThat(deadLetter.key()).as("the original key, verbatim").isEqualTo(pupil);
            assertThat(TopicProbe.header(deadLetter, "x-original-topic")).isEqualTo(Topic.RISK_ASSESSMENTS.wireName());
            assertThat(TopicProbe.payload(deadLetter)).isEqualTo("{not json");
        }
        await().until(() -> inbox(region.school()).size() == 1);
    }

    @Test
    void anAssessmentThatArrivesBeforeItsAgreementIsDeliveredOnceTheAgreementIsKnown() throws Exception {
        publish(region.crossing(pupil, 5, B5));
        publish(region.agreement());

        await().until(() -> inbox(region.clb()).size() == 1);
    }

    @Test
    void inboxErrorsAreProblemDetailsNamingTheParameterOrTheAlert() throws Exception {
        http.perform(get("/api/inbox").with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isOk());
        http.perform(get("/api/inbox").param("organisationId", "school-elsewhere")
                        .with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/inbox").param("organisationId", " ").with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        http.perform(get("/api/inbox/{id}", "no-such-alert").with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.alertId").value("no-such-alert"));
        http.perform(post("/api/inbox/{id}/acknowledge", "no-such-alert").with(Fixtures.signedInFor(region.school())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void healthIsUpAndTheApiIsDescribed() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/inbox'].get.parameters[0].name").value("organisationId"))
                .andExpect(jsonPath("$.paths['/api/inbox/{alertId}/acknowledge'].post").exists());
    }

    private void publish(AgreementPublished agreement) {
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
    }

    private void publish(RiskAssessmentChanged assessment) {
        publisher.publishAndWait(OutgoingEvent.of(assessment, assessment.pupilPseudonym(),
                assessment.pupilPseudonym(), json));
    }

    private List<JsonNode> inbox(String organisationId) throws Exception {
        return inbox(organisationId, false);
    }

    private List<JsonNode> inbox(String organisationId, boolean unreadOnly) throws Exception {
        String body = http.perform(get("/api/inbox").param("organisationId", organisationId)
                        .param("unreadOnly", Boolean.toString(unreadOnly)).with(Fixtures.signedInFor(organisationId)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return List.copyOf(body(body).values());
    }

    private JsonNode body(String json) {
        return mapper.readTree(json);
    }

    private static TopicProbe outcomes() {
        return TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(), Topic.NOTIFICATIONS_OUTCOMES.wireName());
    }

    /**
     * Waits for {@code expected} distinct AlertDelivered events about this test's pupil (by ce_id: the relay may
     * publish an event twice, which consumers dedupe) and counts them per recipient organisation.
     */
    private Map<String, Long> delivered(TopicProbe outcomes, int expected) {
        await().until(() -> deliveredToPupil(outcomes).size() >= expected);
        Map<String, AlertDelivered> byEventId = deliveredToPupil(outcomes);
        assertThat(byEventId).hasSize(expected);
        assertThat(byEventId.values()).allSatisfy(event -> assertThat(event.channel()).isEqualTo("INBOX"));
        return byEventId.values().stream()
                .collect(Collectors.groupingBy(AlertDelivered::recipientOrganisationId, Collectors.counting()));
    }

    private Map<String, AlertDelivered> deliveredToPupil(TopicProbe outcomes) {
        String ceType = EventCatalog.of(AlertDelivered.class).ceType();
        return outcomes.matching(record -> ceType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).stream()
                .filter(record -> pupil.equals(json.read(record.value(), AlertDelivered.class).pupilPseudonym()))
                .collect(Collectors.toMap(record -> TopicProbe.header(record, CloudEventHeaders.ID),
                        record -> json.read(record.value(), AlertDelivered.class), (same, again) -> same));
    }

    private List<ConsumerRecord<String, byte[]>> acknowledgements(TopicProbe outcomes, String alertId) {
        String ceType = EventCatalog.of(AlertAcknowledged.class).ceType();
        Set<String> seen = new HashSet<>();
        return outcomes.matching(record -> ceType.equals(TopicProbe.header(record, CloudEventHeaders.TYPE))).stream()
                .filter(record -> alertId.equals(json.read(record.value(), AlertAcknowledged.class).alertId()))
                .filter(record -> seen.add(TopicProbe.header(record, CloudEventHeaders.ID)))
                .toList();
    }

    private static KafkaProducer<String, byte[]> rawProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
