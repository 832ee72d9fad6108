package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.EventType;
import org.aanboord.contracts.Topic;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.EventPublisher;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.testsupport.AwaitDefaults;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Against the real in-JVM Kafka broker and the MongoDB-wire store. */
@SpringBootTest(properties = {
        "spring.config.name=attendance-ingestion",
        "aanboord.ingestion.pseudonymisation-key=dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Qtb25seQ=="})
@AutoConfigureMockMvc
class AttendanceIngestionIntegrationTest {

    private static final String SCHOOL = "school-demo-1";
    private static final String BOOTSTRAP = EmbeddedInfrastructure.get().kafkaBootstrapServers();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.get().register(registry, "ingestion-it");
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
    AgreementDirectory agreements;
    @Autowired
    Pseudonymizer pseudonymizer;

    private final EventJson json = new EventJson();
    private final String pupil = "pupil-" + System.nanoTime();
    private final String yesterday = LocalDate.now(ZoneId.of("Europe/Brussels")).minusDays(1).toString();

    @BeforeEach
    void theRegionsAgreementIsPublished() throws IOException {
        EventType type = EventCatalog.of(AgreementPublished.class);
        try (InputStream sample = getClass().getClassLoader().getResourceAsStream(type.sampleResource())) {
            AgreementPublished agreement = json.read(sample.readAllBytes(), AgreementPublished.class);
            publisher.publishAndWait(OutgoingEvent.of(agreement, agreement.recordKey(), agreement.agreementId(), json));
        }
        await().until(() -> agreements.knowsSchool(SCHOOL));
    }

    @Test
    void aRegistrationIsPublishedKeyedByPseudonymWithoutThePupilId() throws Exception {
        String pseudonym = pseudonymizer.pseudonymOf(pupil);

        register("B").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.pupilPseudonym").value(pseudonym));

        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            ConsumerRecord<String, byte[]> record = topic.awaitAtLeast(1, r -> pseudonym.equals(r.key())).get(0);
            assertThat(TopicProbe.header(record, CloudEventHeaders.TYPE))
                    .isEqualTo("org.aanboord.attendance.HalfDayRegistered.v1");
            assertThat(TopicProbe.payload(record)).contains("\"code\":\"B\"").doesNotContain(pupil);
        }
    }

    @Test
    void theSameRegistrationTwiceIsAcknowledgedButPublishedOnce() throws Exception {
        register("B").andExpect(status().isAccepted());
        register("B").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));

        assertThat(publishedFor(1)).hasSize(1);
    }

    @Test
    void aDifferentCodeForTheSameHalfDayIsPublishedAsACorrection() throws Exception {
        register("Z").andExpect(status().isAccepted());
        register("B").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("CORRECTED"))
                .andExpect(jsonPath("$.version").value(2));

        List<ConsumerRecord<String, byte[]>> records = publishedFor(2);
        assertThat(TopicProbe.header(records.get(1), CloudEventHeaders.TYPE))
                .isEqualTo("org.aanboord.attendance.HalfDayCorrected.v1");
        assertThat(TopicProbe.payload(records.get(1))).contains("\"previousCode\":\"Z\"", "\"code\":\"B\"");
    }

    @Test
    void anUnknownSchoolIsRefusedAsProblemJsonNamingTheField() throws Exception {
        http.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"school-elsewhere","pupilId":"%s","date":"%s","halfDay":"AM","code":"B"}"""
                        .formatted(pupil, yesterday)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("schoolId"));
    }

    @Test
    void malformedJsonIsRefusedWithProblemJson() throws Exception {
        http.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).content("{\"schoolId\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions register(String code) throws Exception {
        return http.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).content("""
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"%s"}"""
                .formatted(SCHOOL, pupil, yesterday, code)));
    }

    /** Waits for the expected number of records of this test's pupil and checks no more arrive. */
    private List<ConsumerRecord<String, byte[]>> publishedFor(int expected) {
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            String date = "\"date\":\"" + yesterday + "\"";
            topic.awaitAtLeast(expected, r -> isThisPupil(r, date));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> topic.matching(r -> isThisPupil(r, date)).size() == expected);
            return topic.matching(r -> isThisPupil(r, date));
        }
    }

    private boolean isThisPupil(ConsumerRecord<String, byte[]> record, String date) {
        return record.key().equals(pseudonymizer.pseudonymOf(pupil)) && TopicProbe.payload(record).contains(date);
    }

}
