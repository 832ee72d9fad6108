package org.aanboord.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.aanboord.contracts.Topic;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.Infrastructure;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * The whole platform in one JVM: an absence travels from the ingestion API through scoring to one case and three
 * inbox alerts, over Kafka only. Subclasses choose the broker and store.
 */
abstract class AbstractAbsenceToAlertTest {

    private static final String SCHOOL = "school-demo-1";
    private static final List<String> RECIPIENTS = List.of(SCHOOL, "clb-demo", "municipality-demo");
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String TRACEPARENT = "traceparent";

    private static Infrastructure infrastructure;
    private static Platform platform;

    /** Called from each subclass's {@code @BeforeAll} with its infrastructure. */
    static void startPlatform(Infrastructure chosen) {
        AwaitDefaults.apply();
        infrastructure = chosen;
        platform = new Platform(infrastructure);
        for (ConfigurableApplicationContext service : List.of(platform.ingestion, platform.risk, platform.cases,
                platform.notifications)) {
            AgreementDirectory directory = service.getBean(AgreementDirectory.class);
            await("the demo agreement reaches " + service.getId()).until(() -> directory.knowsSchool(SCHOOL));
        }
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Test
    void fiveProblematicHalfDaysOpenOneCaseAndAlertSchoolClbAndMunicipalityOnce() throws Exception {
        String pupil = "e2e-pupil-" + System.nanoTime();
        List<LocalDate> days = schoolWeek();

        for (int i = 0; i < 4; i++) {
            assertThat(register(pupil, days.get(i)).statusCode()).isEqualTo(202);
        }
        String pseudonym = pseudonymOf(pupil);
        await().during(QUIET).atMost(QUIET.multipliedBy(3))
                .until(() -> casesOf(pseudonym).isEmpty() && alertsOf(pseudonym).isEmpty());

        assertThat(register(pupil, days.get(4)).statusCode()).isEqualTo(202);

        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);
        JsonNode theCase = casesOf(pseudonym).get(0);
        assertThat(theCase.get("assignedClbId").asString()).isEqualTo("clb-demo");
        assertThat(alertsOf(pseudonym)).extracting(alert -> alert.get("recipient").get("organisationId").asString())
                .containsExactlyInAnyOrderElementsOf(RECIPIENTS);

        assertThat(register(pupil, days.get(4)).statusCode()).as("a duplicate is acknowledged").isEqualTo(200);
        replayAssessmentsOf(pseudonym);
        await().during(QUIET).atMost(QUIET.multipliedBy(3))
                .until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);
    }

    @Test
    void theDpoSeesEveryReadOfPupilDataInEachServicesAuditTrailAndTheChainsAreIntact() throws Exception {
        String pupil = "e2e-audit-" + System.nanoTime();
        for (LocalDate day : schoolWeek()) {
            assertThat(register(pupil, day).statusCode()).isEqualTo(202);
        }
        String pseudonym = pseudonymOf(pupil);
        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);
        count(pseudonym, "B");

        String dpo = TestTokens.token("DPO", "hub");
        assertThat(platform.get(platform.cases, "/api/audit?who=clb_worker@clb-demo", dpo).findValuesAsString("what"))
                .contains("GET /api/cases");
        assertThat(platform.get(platform.notifications, "/api/audit?organisationId=municipality-demo", dpo)
                .findValuesAsString("what")).contains("GET /api/inbox");
        assertThat(platform.get(platform.risk, "/api/audit", dpo).toString()).as("the read of the pupil's counts")
                .contains(pseudonym);
        assertThat(platform.get(platform.ingestion, "/api/audit?who=school_software@school-demo-1", dpo)
                .findValuesAsString("what")).contains("POST /api/registrations");
        for (ConfigurableApplicationContext service : List.of(platform.ingestion, platform.risk, platform.cases,
                platform.notifications)) {
            assertThat(platform.get(service, "/api/audit/verification", dpo).get("intact").asBoolean())
                    .as(service.getId() + "'s audit chain").isTrue();
        }
    }

    /**
     * The operator's business dashboard and alert rules read counters the services expose: every metric they name
     * (other than the Kafka exporter's) is on some service's Prometheus page, and the flow moves them.
     */
    @Test
    void theBusinessCountersCountTheFlowAndEveryMetricTheDashboardsAndAlertRulesUseIsExposed() throws Exception {
        double opened = platform.metrics(platform.cases).sum("cases_opened_total", "type=\"PROBLEMATIC_ABSENCE\"");
        double delivered = platform.metrics(platform.notifications).sum("notifications_alerts_delivered_total",
                "channel=\"INBOX\"");
        double acknowledged = platform.metrics(platform.notifications).sum("notifications_alerts_acknowledged_total",
                "party=\"SCHOOL\"");
        double rejected = platform.metrics(platform.ingestion).sum("attendance_registrations_rejected_total",
                "field=\"code\"");

        String pupil = "e2e-metrics-" + System.nanoTime();
        for (LocalDate day : schoolWeek()) {
            assertThat(register(pupil, day).statusCode()).isEqualTo(202);
        }
        assertThat(register(pupil, schoolWeek().get(0)).statusCode()).as("a duplicate").isEqualTo(200);
        assertThat(register(pupil, schoolWeek().get(0), "Q").statusCode()).as("an unknown code").isEqualTo(422);
        String pseudonym = pseudonymOf(pupil);
        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);
        String schoolAlert = ofPupil(platform.get(platform.notifications, "/api/inbox?organisationId=" + SCHOOL,
                Platform.tokenOf(SCHOOL)), pseudonym).get(0).get("id").asString();
        assertThat(platform.post(platform.notifications, "/api/inbox/" + schoolAlert + "/acknowledge", "",
                Platform.tokenOf(SCHOOL)).statusCode()).isEqualTo(200);

        await().untilAsserted(() -> {
            assertThat(platform.metrics(platform.cases).sum("cases_opened_total", "type=\"PROBLEMATIC_ABSENCE\""))
                    .as("cases opened").isGreaterThanOrEqualTo(opened + 1);
            PrometheusText notifications = platform.metrics(platform.notifications);
            assertThat(notifications.sum("notifications_alerts_delivered_total", "channel=\"INBOX\""))
                    .as("alerts in an inbox").isGreaterThanOrEqualTo(delivered + 3);
            assertThat(notifications.sum("notifications_alerts_acknowledged_total", "party=\"SCHOOL\""))
                    .as("alerts acknowledged").isGreaterThanOrEqualTo(acknowledged + 1);
        });
        assertThat(platform.metrics(platform.ingestion).sum("attendance_registrations_rejected_total",
                "field=\"code\"")).as("registrations rejected").isGreaterThanOrEqualTo(rejected + 1);

        Set<String> exposed = new TreeSet<>();
        for (ConfigurableApplicationContext service : List.of(platform.agreements, platform.ingestion, platform.risk,
                platform.cases, platform.notifications)) {
            exposed.addAll(platform.metrics(service).metrics());
        }
        assertThat(metricsUsedByDashboardsAndAlertRules()).as("metrics the dashboards and alert rules use")
                .isNotEmpty().allSatisfy(metric -> assertThat(exposed).contains(metric));
    }

    /** Metric names in the repository's dashboards and alert rules, except those of the Kafka exporter. */
    private static Set<String> metricsUsedByDashboardsAndAlertRules() throws Exception {
        Pattern metric = Pattern.compile("\\b([a-z][a-z0-9_]*_(?:total|bucket|count|sum|bytes|offset))\\b");
        Set<String> used = new TreeSet<>();
        // The chart's observability folder is a link to this one.
        try (Stream<Path> files = Files.walk(Path.of("../observability"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher found = metric.matcher(Files.readString(file));
                while (found.find()) {
                    used.add(found.group(1));
                }
            }
        }
        used.removeIf(name -> name.startsWith("kafka_topic_") || name.startsWith("kafka_consumergroup_"));
        return used;
    }

    /**
     * A pupil the school names by national register number crosses the threshold: the number appears on no Kafka
     * record of any topic (payload or header), nor in anything the municipality is shown, which carries the
     * pseudonym only.
     */
    @Test
    void aNationalRegisterNumberReachesNoTopicAndNothingTheMunicipalitySees() throws Exception {
        long body = 120_503_000L + System.nanoTime() % 1000;
        String nationalNumber = String.format("%09d%02d", body, 97 - (2_000_000_000L + body) % 97);
        for (LocalDate day : schoolWeek()) {
            assertThat(platform.post(platform.ingestion, "/api/registrations", """
                    {"schoolId":"%s","nationalNumber":"%s","date":"%s","halfDay":"VM","code":"B"}"""
                    .formatted(SCHOOL, nationalNumber, day)).statusCode()).isEqualTo(202);
        }
        String pseudonym = platform.ingestion.getBean(org.aanboord.ingestion.domain.Pseudonymizer.class)
                .ofNationalNumber(nationalNumber);
        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);

        for (Topic topic : Topic.values()) {
            for (ConsumerRecord<String, byte[]> record : everyRecordOf(topic)) {
                StringBuilder text = new StringBuilder(String.valueOf(record.key())).append(TopicProbe.payload(record));
                record.headers().forEach(header -> text.append(new String(header.value(), StandardCharsets.UTF_8)));
                assertThat(text.toString()).as(topic.wireName() + " record " + record.offset())
                        .doesNotContain(nationalNumber);
            }
        }
        String regisseur = TestTokens.token("REGISSEUR", "municipality-demo");
        assertThat(platform.get(platform.notifications, "/api/inbox?organisationId=municipality-demo", regisseur)
                .toString()).as("the municipality's inbox").contains(pseudonym).doesNotContain(nationalNumber);
        assertThat(platform.get(platform.cases, "/api/cases?schoolId=" + SCHOOL, regisseur).toString())
                .as("the cases the municipality may see").doesNotContain(nationalNumber);
        assertThat(platform.get(platform.risk, "/api/statistics", regisseur).toString())
                .as("the municipality's statistics").doesNotContain(nationalNumber).doesNotContain(pseudonym);
    }

    /** Every record on the topic so far: polls until a poll brings nothing new. */
    private static List<ConsumerRecord<String, byte[]>> everyRecordOf(Topic topic) {
        try (TopicProbe probe = TopicProbe.of(infrastructure.kafkaBootstrapServers(), topic.wireName())) {
            List<ConsumerRecord<String, byte[]>> read = probe.records();
            for (List<ConsumerRecord<String, byte[]>> more = probe.records(); more.size() > read.size();
                    more = probe.records()) {
                read = more;
            }
            return read;
        }
    }

    @Test
    void aPoisonRecordLandsInTheDeadLetterTopicAndTheFlowCarriesOn() throws Exception {
        String poisonKey = "poison-" + System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topic.ATTENDANCE_REGISTRATIONS.wireName(),
                    poisonKey, "\u0000 not an event".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.ID, poisonKey.getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.TYPE, "org.aanboord.attendance.Unheard.v1".getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
        try (TopicProbe deadLetters = TopicProbe.of(infrastructure.kafkaBootstrapServers(),
                Topic.ATTENDANCE_REGISTRATIONS.deadLetterTopic("risk-scoring"))) {
            assertThat(deadLetters.awaitAtLeast(1, record -> poisonKey.equals(record.key()))).hasSize(1);
        }

        String pupil = "e2e-after-poison-" + System.nanoTime();
        List<LocalDate> days = schoolWeek();
        for (LocalDate day : days) {
            register(pupil, day);
        }
        String pseudonym = pseudonymOf(pupil);
        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);
    }

    @Test
    void aCorrectionFromZToBAndBackIsReflectedInTheScoringCountBothWays() throws Exception {
        String pupil = "e2e-correction-" + System.nanoTime();
        LocalDate day = schoolWeek().get(0);
        String pseudonym = pseudonymOf(pupil);

        assertThat(register(pupil, day, "Z").statusCode()).isEqualTo(202);
        await().ignoreExceptions().until(() -> count(pseudonym, "Z") == 1 && count(pseudonym, "B") == 0);
        assertThat(register(pupil, day, "B").statusCode()).as("Z corrected to B").isEqualTo(202);
        await().ignoreExceptions().until(() -> count(pseudonym, "Z") == 0 && count(pseudonym, "B") == 1);
        assertThat(register(pupil, day, "Z").statusCode()).as("and back to Z").isEqualTo(202);
        await().ignoreExceptions().until(() -> count(pseudonym, "Z") == 1 && count(pseudonym, "B") == 0);
    }

    /**
     * The school's software sends the crossing half-day with its own W3C trace context: the registration, the
     * assessment it caused (though risk-scoring scores a whole poll at once), the case and every alert continue it.
     */
    @Test
    void theRequestsTraceRunsThroughTheRegistrationTheAssessmentTheCaseAndEveryAlert() throws Exception {
        String pupil = "e2e-trace-" + System.nanoTime();
        List<LocalDate> days = schoolWeek();
        for (int i = 0; i < 4; i++) {
            assertThat(register(pupil, days.get(i)).statusCode()).isEqualTo(202);
        }
        String traceId = String.format("%032x", System.nanoTime());
        HttpRequest traced = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + platform.ingestion.getEnvironment().getProperty("local.server.port") + "/api/registrations"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token("SCHOOL_SOFTWARE", SCHOOL))
                .header(TRACEPARENT, "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"B"}"""
                        .formatted(SCHOOL, pupil, days.get(4))))
                .build();
        assertThat(HttpClient.newHttpClient().send(traced, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(202);
        String pseudonym = pseudonymOf(pupil);
        await().until(() -> casesOf(pseudonym).size() == 1 && alertsOf(pseudonym).size() == 3);

        assertThat(tracedRecords(Topic.ATTENDANCE_REGISTRATIONS, 1, record -> pseudonym.equals(record.key()),
                inTrace(traceId))).as("the registration").hasSize(1);
        assertThat(tracedRecords(Topic.RISK_ASSESSMENTS, 1, record -> pseudonym.equals(record.key()),
                inTrace(traceId))).as("the crossing assessment").hasSize(1);
        assertThat(tracedRecords(Topic.CASES_LIFECYCLE, 1, record -> mentions(record, pseudonym),
                inTrace(traceId))).as("the case").isNotEmpty();
        // The outbox publishes at least once (the sweep may relay an entry again): count distinct events.
        Map<String, String> recipientPerEvent = new HashMap<>();
        tracedRecords(Topic.NOTIFICATIONS_OUTCOMES, 3, record -> mentions(record, pseudonym), inTrace(traceId))
                .forEach(record -> recipientPerEvent.put(TopicProbe.header(record, CloudEventHeaders.ID), record.key()));
        assertThat(recipientPerEvent.values()).as("an alert for each recipient")
                .containsExactlyInAnyOrderElementsOf(RECIPIENTS);
    }

    private static Predicate<ConsumerRecord<String, byte[]>> inTrace(String traceId) {
        return record -> {
            String traceparent = TopicProbe.header(record, TRACEPARENT);
            return traceparent != null && traceparent.split("-")[1].equals(traceId);
        };
    }

    /** The pupil's records on a topic, once at least {@code count} of them are in the trace; those in the trace. */
    private List<ConsumerRecord<String, byte[]>> tracedRecords(Topic topic, int count,
            Predicate<ConsumerRecord<String, byte[]>> ofPupil, Predicate<ConsumerRecord<String, byte[]>> inTrace) {
        try (TopicProbe probe = TopicProbe.of(infrastructure.kafkaBootstrapServers(), topic.wireName())) {
            return probe.awaitAtLeast(count, ofPupil.and(inTrace));
        }
    }

    private static boolean mentions(ConsumerRecord<String, byte[]> record, String pseudonym) {
        return TopicProbe.payload(record).contains("\"" + pseudonym + "\"");
    }

    /** The scoring service's count of one code for the pupil in school year 2026-2027. */
    private int count(String pseudonym, String code) throws Exception {
        return platform.get(platform.risk, "/api/pupils/" + pseudonym + "/assessment?schoolYear=2026-2027")
                .path("halfDaysPerCode").path(code).asInt(0);
    }

    private java.net.http.HttpResponse<String> register(String pupil, LocalDate day, String code) throws Exception {
        return platform.post(platform.ingestion, "/api/registrations", """
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"%s"}"""
                .formatted(SCHOOL, pupil, day, code));
    }

    /** Republishes every assessment of the pupil with fresh event ids, as a replay of the topic would. */
    private void replayAssessmentsOf(String pseudonym) throws Exception {
        List<ConsumerRecord<String, byte[]>> assessments;
        try (TopicProbe topic = TopicProbe.of(infrastructure.kafkaBootstrapServers(), Topic.RISK_ASSESSMENTS.wireName())) {
            assessments = topic.awaitAtLeast(1, record -> pseudonym.equals(record.key()));
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> assessment : assessments) {
                ProducerRecord<String, byte[]> again = new ProducerRecord<>(assessment.topic(), assessment.key(),
                        assessment.value());
                for (Header header : assessment.headers()) {
                    again.headers().add(header.key(), CloudEventHeaders.ID.equals(header.key())
                            ? ("replay-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8) : header.value());
                }
                producer.send(again).get();
            }
        }
    }

    private java.net.http.HttpResponse<String> register(String pupil, LocalDate day) throws Exception {
        return platform.post(platform.ingestion, "/api/registrations", """
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"B"}""".formatted(SCHOOL, pupil, day));
    }

    private String pseudonymOf(String pupil) {
        return platform.ingestion.getBean(org.aanboord.ingestion.domain.Pseudonymizer.class).ofLocalId(SCHOOL, pupil);
    }

    private List<JsonNode> casesOf(String pseudonym) throws Exception {
        return ofPupil(platform.get(platform.cases, "/api/cases?schoolId=" + SCHOOL), pseudonym);
    }

    private List<JsonNode> alertsOf(String pseudonym) throws Exception {
        List<JsonNode> alerts = new ArrayList<>();
        for (String recipient : RECIPIENTS) {
            alerts.addAll(ofPupil(platform.get(platform.notifications, "/api/inbox?organisationId=" + recipient,
                    Platform.tokenOf(recipient)), pseudonym));
        }
        return alerts;
    }

    private static List<JsonNode> ofPupil(JsonNode list, String pseudonym) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> pseudonym.equals(item.path("pupilPseudonym").asString()))
                .toList();
    }

    /** Monday to Friday of a past school week: fixed, so the test means the same on any day it runs. */
    private static List<LocalDate> schoolWeek() {
        LocalDate monday = LocalDate.of(2026, 10, 5);
        return List.of(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3), monday.plusDays(4));
    }
}
