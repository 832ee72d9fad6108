package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the real in-JVM Kafka broker and the MongoDB-wire store. */
class RiskScoringIntegrationTest extends RiskScoringIntegrationSupport {

    private static final String SCHOOL = "school-demo-1";

    private final String pupil = "pupil" + System.nanoTime() + "abcdefghijkl";
    private final LocalDate monday = LocalDate.of(2026, 10, 5);

    @BeforeEach
    void theRegionsAgreementIsPublished() throws IOException {
        try (InputStream sample = getClass().getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            AgreementPublished agreement = json.read(sample.readAllBytes(), AgreementPublished.class);
            publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        }
        await().until(() -> agreements.knowsSchool(SCHOOL));
    }

    @Test
    void theFifthProblematicHalfDayPublishesOneExplainedAssessmentAndDuplicatesChangeNothing() throws Exception {
        try (TopicProbe assessments = TopicProbe.of(BOOTSTRAP, Topic.RISK_ASSESSMENTS.wireName())) {
            for (int i = 0; i < 4; i++) {
                register(i);
            }
            register(3);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessments.matching(r -> pupil.equals(r.key())).isEmpty());

            register(4);
            register(4);

            String payload = TopicProbe.payload(assessments.awaitAtLeast(1, r -> pupil.equals(r.key())).get(0));
            assertThat(payload).contains("\"newlyTriggeredRuleIds\":[\"clb-notification-5b\"]",
                    "B half-days this school year: 5 ≥ 5", "\"attentionLevel\":\"TARGETED\"", "\"clbId\":\"clb-demo\"");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> assessments.matching(r -> pupil.equals(r.key())).size() == 1);
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("CLB_WORKER", "clb-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(5))
                .andExpect(jsonPath("$.attentionLevel").value("TARGETED"))
                .andExpect(jsonPath("$.history.length()").value(1));
    }

    @Test
    void aPoisonRecordLandsInTheNamedDeadLetterTopicAndTheNextRecordIsStillScored() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topic.ATTENDANCE_REGISTRATIONS.wireName(),
                    pupil, "{not json".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.TYPE,
                    "org.aanboord.attendance.HalfDayRegistered.v1".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.ID, "poison-1".getBytes(StandardCharsets.UTF_8));
            producer.send(poison);
        }
        try (TopicProbe deadLetters = TopicProbe.of(BOOTSTRAP, "attendance.registrations.v1.risk-scoring.dlt")) {
            assertThat(deadLetters.awaitAtLeast(1, r -> pupil.equals(r.key()))).hasSize(1);
        }
        register(0);
        await().untilAsserted(() -> http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", "2026-2027")
                .with(TestTokens.as("CLB_WORKER", "clb-demo")))
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(1)));
    }

    @Test
    void aPoisonRecordAmongValidOnesOfOnePollIsDeadLetteredAloneAndTheOthersAreScoredInOrder() {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP, ProducerConfig.LINGER_MS_CONFIG, 50),
                new StringSerializer(), new ByteArraySerializer());
                TopicProbe deadLetters = TopicProbe.of(BOOTSTRAP, "attendance.registrations.v1.risk-scoring.dlt")) {
            producer.send(registration(0, AttendanceCode.B, 1));
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topic.ATTENDANCE_REGISTRATIONS.wireName(),
                    pupil, "{\"pupilPseudonym\":".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.TYPE,
                    "org.aanboord.attendance.HalfDayRegistered.v1".getBytes(StandardCharsets.UTF_8));
            poison.headers().add(CloudEventHeaders.ID, "poison-2".getBytes(StandardCharsets.UTF_8));
            producer.send(poison);
            producer.send(registration(1, AttendanceCode.B, 1));
            producer.send(registration(0, AttendanceCode.Z, 2));
            producer.flush();

            ConsumerRecord<String, byte[]> deadLetter = deadLetters.awaitAtLeast(1, r -> pupil.equals(r.key())).get(0);
            assertThat(TopicProbe.header(deadLetter, CloudEventHeaders.ID)).isEqualTo("poison-2");
            assertThat(TopicProbe.header(deadLetter, "x-original-topic")).isEqualTo(Topic.ATTENDANCE_REGISTRATIONS.wireName());
            assertThat(TopicProbe.header(deadLetter, "x-exception-message")).contains("not a valid HalfDayRegistered");
            await().untilAsserted(() -> http.perform(get("/api/pupils/{pupil}/assessment", pupil)
                    .param("schoolYear", "2026-2027").with(TestTokens.as("CLB_WORKER", "clb-demo")))
                    .andExpect(jsonPath("$.halfDaysPerCode.B").value(1))
                    .andExpect(jsonPath("$.halfDaysPerCode.Z").value(1)));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> deadLetters.matching(r -> pupil.equals(r.key())).size() == 1);
        }
    }

    @Test
    void aRegistrationThatArrivesBeforeItsSchoolsAgreementIsRetriedAndScoredOnceTheAgreementIsThere() throws Exception {
        String school = "school-late-" + System.nanoTime();
        HalfDayRegistered early = new HalfDayRegistered(pupil, school, monday, HalfDay.AM, AttendanceCode.B, "B", 1,
                Instant.now());
        publisher.publishAndWait(List.of(OutgoingEvent.of(early, pupil, pupil, json)));
        AgreementPublished sample;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            sample = json.read(in.readAllBytes(), AgreementPublished.class);
        }
        School template = sample.schools().get(0);
        AgreementPublished late = new AgreementPublished("agreement-late-" + school, 1, sample.title(), sample.regionId(),
                sample.effectiveFrom(), sample.publishedAt(), sample.organisations(),
                List.of(new School(school, school, template.clbId(), template.municipalityId())), sample.contacts(),
                sample.rules(), sample.calendars(), sample.regisseur());
        publisher.publishAndWait(OutgoingEvent.of(late, late.recordKey(), late.agreementId(), json));

        await().untilAsserted(() -> http.perform(get("/api/pupils/{pupil}/assessment", pupil)
                .param("schoolYear", "2026-2027").with(TestTokens.as("SCHOOL_STAFF", school)))
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(1)));
    }

    private ProducerRecord<String, byte[]> registration(int halfDayIndex, AttendanceCode code, int version) {
        LocalDate date = monday.plusDays(halfDayIndex / 2);
        HalfDay halfDay = halfDayIndex % 2 == 0 ? HalfDay.AM : HalfDay.PM;
        Record event = version == 1
                ? new HalfDayRegistered(pupil, SCHOOL, date, halfDay, code, code.name(), version, Instant.now())
                : new HalfDayCorrected(pupil, SCHOOL, date, halfDay, code, AttendanceCode.B, code.name(), version, Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topic.ATTENDANCE_REGISTRATIONS.wireName(), pupil,
                json.toBytes(event));
        record.headers().add(CloudEventHeaders.TYPE, EventCatalog.of(event.getClass()).ceType().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private void register(int halfDayIndex) {
        LocalDate date = monday.plusDays(halfDayIndex / 2);
        HalfDay halfDay = halfDayIndex % 2 == 0 ? HalfDay.AM : HalfDay.PM;
        HalfDayRegistered event = new HalfDayRegistered(pupil, SCHOOL, date, halfDay, AttendanceCode.B, "B", 1, Instant.now());
        publisher.publishAndWait(List.of(OutgoingEvent.of(event, pupil, pupil, json)));
    }
}
