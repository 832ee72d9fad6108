package org.aanboord.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseScope;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseSignalAdded;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.aanboord.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Events go in on the real topics, cases come out on cases.lifecycle.v1 and over HTTP. */
class CaseManagementIntegrationTest extends CaseServiceSupport {

    private static final String AGREEMENT = "agreement-it";
    private static final String CLB_5B = "clb-notification-5b";
    private static final String ABSENT_30B = "problematically-absent-30b";
    private static final String PARENTS_1B = "contact-parents-1b";

    @Autowired
    MockMvc http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    AgreementDirectory agreements;
    @Autowired
    CaseQueries cases;

    private final EventJson json = new EventJson();

    /** Published like stakeholder-agreements does; publishing the same version again changes nothing. */
    @BeforeEach
    void agreementIsPublished() {
        publish(agreement(AGREEMENT));
        await().until(() -> agreements.version(AGREEMENT, 1).isPresent());
    }

    @Test
    void aCrossingOpensOneCaseForTheClbAndLaterCrossingsLandOnItAsSignals() throws Exception {
        String pupil = "pupil-" + UUID.randomUUID();
        String first = "assessment-" + UUID.randomUUID();
        String second = "assessment-" + UUID.randomUUID();

        send(assessment("assessment-" + UUID.randomUUID(), pupil, "school-noord", "clb-noord", List.of(PARENTS_1B)));
        send(assessment(first, pupil, "school-noord", "clb-noord", List.of(CLB_5B)));
        CaseFile opened = await().until(() -> casesOf(pupil), found -> found.size() == 1).get(0);

        assertThat(opened.assignedClbId()).isEqualTo("clb-noord");
        assertThat(opened.signals()).extracting(signal -> signal.ruleId() + "/" + signal.assessmentId())
                .as("the 1B rule does not open a case; 5B does").containsExactly(CLB_5B + "/" + first);

        send(assessment(first, pupil, "school-noord", "clb-noord", List.of(CLB_5B)));
        send(assessment(second, pupil, "school-noord", "clb-noord", List.of(ABSENT_30B)));
        // Same key, same partition: once the second crossing is on the case, the replay before it was handled too.
        CaseFile afterwards = await().until(() -> casesOf(pupil), found -> found.get(0).signals().size() == 2).get(0);

        assertThat(casesOf(pupil)).as("still exactly one case").hasSize(1);
        assertThat(afterwards.caseId()).isEqualTo(opened.caseId());
        assertThat(afterwards.signals()).extracting(signal -> signal.ruleId() + "/" + signal.assessmentId())
                .containsExactly(CLB_5B + "/" + first, ABSENT_30B + "/" + second);
        assertThat(published(opened.caseId())).containsExactly(Map.entry(CaseOpened.class, 1L),
                Map.entry(CaseSignalAdded.class, 1L));

        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-noord")).param("schoolId", "school-noord"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].caseId").value(opened.caseId()))
                .andExpect(jsonPath("$[0].pupilPseudonym").value(pupil))
                .andExpect(jsonPath("$[0].caseType").value("PROBLEMATIC_ABSENCE"))
                .andExpect(jsonPath("$[0].status").value("SIGNALLED"))
                .andExpect(jsonPath("$[0].assignedClbId").value("clb-noord"))
                .andExpect(jsonPath("$[0].municipalityId").value("municipality-it"))
                .andExpect(jsonPath("$[0].openedAt").value("2026-11-20T13:01:03Z"))
                .andExpect(jsonPath("$[0].signals[0].explanation").value("B half-days this school year: 5 ≥ 5"))
                .andExpect(jsonPath("$[0].signals.length()").value(2))
                .andExpect(jsonPath("$[0].actions.length()").value(1))
                .andExpect(jsonPath("$[0].actions[0].type").value("START_CLB_GUIDANCE"))
                .andExpect(jsonPath("$[0].actions[0].responsible").value("clb-noord"))
                .andExpect(jsonPath("$[0].actions[0].status").value("OPEN"))
                // Opened on Friday 20 November, 5 school days: Friday 27 November, not Wednesday 25.
                .andExpect(jsonPath("$[0].actions[0].dueDate").value("2026-11-27"));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-noord")).param("schoolId", "school-noord").param("status", "CLOSED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        http.perform(get("/api/cases/{caseId}", opened.caseId()).with(TestTokens.as("CLB_WORKER", "clb-noord")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pupilPseudonym").value(pupil));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillProcessed() {
        String pupil = "pupil-" + UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        RiskAssessmentChanged good = assessment("assessment-" + UUID.randomUUID(), pupil, "school-zuid", null,
                List.of(CLB_5B));

        try (KafkaProducer<String, byte[]> producer = plainProducer()) {
            producer.send(record(pupil, poisonId, "{not json".getBytes(StandardCharsets.UTF_8)));
            producer.send(record(pupil, UUID.randomUUID().toString(), json.toBytes(good)));
        }

        try (TopicProbe deadLetters = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.RISK_ASSESSMENTS.deadLetterTopic("case-management"))) {
            assertThat(deadLetters.awaitAtLeast(1, dead -> pupil.equals(dead.key())))
                    .singleElement()
                    .satisfies(dead -> assertThat(TopicProbe.header(dead, CloudEventHeaders.ID)).isEqualTo(poisonId))
                    .satisfies(dead -> assertThat(TopicProbe.payload(dead)).isEqualTo("{not json"));
        }
        CaseFile opened = await().until(() -> casesOf(pupil), found -> found.size() == 1).get(0);
        assertThat(opened.assignedClbId()).as("no CLB in the assessment: the school's CLB in the agreement")
                .isEqualTo("clb-zuid");
    }

    @Test
    void anAssessmentThatOvertakesItsAgreementVersionIsRetriedUntilTheVersionArrives() {
        String pupil = "pupil-" + UUID.randomUUID();
        String lateAgreement = "agreement-late-" + UUID.randomUUID();
        RiskAssessmentChanged assessment = assessment("assessment-" + UUID.randomUUID(), pupil, "school-zuid",
                "clb-zuid", List.of(CLB_5B));

        send(new RiskAssessmentChanged(assessment.assessmentId(), pupil, "school-zuid", "clb-zuid",
                "municipality-it", "2026-2027", lateAgreement, 1, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL,
                assessment.triggeredRules(), assessment.newlyTriggeredRuleIds(), List.of(), FRIDAY));
        publish(agreement(lateAgreement));

        assertThat(await().until(() -> casesOf(pupil), found -> found.size() == 1))
                .singleElement().satisfies(opened -> assertThat(opened.agreementId()).isEqualTo(lateAgreement));
    }

    @Test
    void anUnknownCaseIsAProblemNamingTheCaseIdAndABadStatusFilterNamesTheParameter() throws Exception {
        http.perform(get("/api/cases/{caseId}", "c-does-not-exist").with(TestTokens.as("CLB_WORKER", "clb-noord")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        http.perform(get("/api/cases").with(TestTokens.as("CLB_WORKER", "clb-noord")).param("status", "FORGOTTEN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void healthIsUpAgainstTheEmbeddedStoreAndTheApiIsDocumented() throws Exception {
        http.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
        http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/cases'].get.parameters[*].name")
                        .value(containsInAnyOrder("schoolId", "clbId", "status", "ownerId", "overdue", "sort", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/transitions'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}/notes'].get.parameters[*].name")
                        .value(contains("caseId")))
                .andExpect(jsonPath("$.paths['/api/cases/{caseId}'].get.responses['404']").exists());
    }

    private void publish(AgreementPublished agreement) {
        publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
    }

    private void send(RiskAssessmentChanged assessment) {
        publisher.publishAndWait(OutgoingEvent.of(assessment, assessment.pupilPseudonym(), assessment.pupilPseudonym(),
                json));
    }

    private List<CaseFile> casesOf(String pupil) {
        return cases.find(new CaseFilter(null, null, null, null, null, null, 0, 200), CaseScope.EVERYTHING).cases().stream()
                .filter(file -> file.pupilPseudonym().equals(pupil))
                .toList();
    }

    /** How many of each event type cases.lifecycle.v1 carries for this case, once nothing new arrives for a moment. */
    private static Map<Class<?>, Long> published(String caseId) {
        try (TopicProbe topic = TopicProbe.of(EmbeddedInfrastructure.get().kafkaBootstrapServers(),
                Topic.CASES_LIFECYCLE.wireName())) {
            topic.awaitAtLeast(2, record -> caseId.equals(record.key()));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                    .until(() -> topic.matching(record -> caseId.equals(record.key())).size() == 2);
            return topic.matching(record -> caseId.equals(record.key())).stream()
                    .collect(groupingBy(
                            record -> EventCatalog.byCeType(TopicProbe.header(record, CloudEventHeaders.TYPE))
                                    .orElseThrow().javaType(),
                            LinkedHashMap::new, counting()));
        }
    }

    private static KafkaProducer<String, byte[]> plainProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> record(String key, String ceId, byte[] payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.ID, ceId.getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, EventCatalog.of(RiskAssessmentChanged.class).ceType()
                .getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON.getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(Topic.RISK_ASSESSMENTS.wireName(), null, key, payload, headers);
    }

    private static RiskAssessmentChanged assessment(String assessmentId, String pupil, String schoolId, String clbId,
            List<String> newlyTriggered) {
        List<RuleOutcome> holding = newlyTriggered.stream()
                .map(ruleId -> new RuleOutcome(ruleId, ruleId, "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, 5,
                        AttentionLevel.TARGETED, CLB_5B.equals(ruleId) ? "B half-days this school year: 5 ≥ 5"
                                : "B half-days this school year: " + ruleId))
                .toList();
        return new RiskAssessmentChanged(assessmentId, pupil, schoolId, clbId, clbId == null ? null : "municipality-it",
                "2026-2027", AGREEMENT, 1, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL, holding, newlyTriggered,
                List.of(), FRIDAY);
    }

    private static AgreementPublished agreement(String agreementId) {
        return new AgreementPublished(agreementId, 1, "Afsprakenkader IT", "region-it",
                LocalDate.parse("2026-09-01"), FRIDAY,
                List.of(new Organisation("municipality-it", OrganisationType.LOKAAL_BESTUUR, "Gemeente IT"),
                        new Organisation("clb-noord", OrganisationType.CLB, "CLB Noord"),
                        new Organisation("clb-zuid", OrganisationType.CLB, "CLB Zuid")),
                List.of(new School("school-noord", "School Noord", "clb-noord", "municipality-it"),
                        new School("school-zuid", "School Zuid", "clb-zuid", "municipality-it")),
                List.of(),
                List.of(rule(PARENTS_1B, 1, false, null), rule(CLB_5B, 5, true, 5), rule(ABSENT_30B, 30, true, 2)), List.of());
    }

    private static AlertRule rule(String ruleId, int threshold, boolean opensCase, Integer actWithinSchoolDays) {
        return new AlertRule(ruleId, ruleId, "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", threshold, AttentionLevel.TARGETED,
                opensCase, List.of(), actWithinSchoolDays);
    }
}
