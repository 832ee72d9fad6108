package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.aanboord.contracts.Topic;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.testsupport.TopicProbe;
import org.aanboord.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Single registrations, corrections and revocations. */
class AttendanceIngestionIntegrationTest extends IngestionIntegrationTest {

    /** A Friday: a school day for the sample agreement (no calendar, so Monday to Friday). */
    private static final String SCHOOL_DAY = "2026-11-20";

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;

    private final String pupil = "pupil-" + System.nanoTime();

    @Test
    void aRegistrationIsPublishedKeyedByPseudonymWithoutThePupilId() throws Exception {
        String pseudonym = pseudonymizer.ofLocalId(SCHOOL, pupil);

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
    void aNationalNumberNeverReachesKafka() throws Exception {
        String nationalNumber = "85073003328";
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"%s","nationalNumber":"%s","date":"%s","halfDay":"NM","code":"Z"}"""
                        .formatted(SCHOOL, pupil, nationalNumber, SCHOOL_DAY)))
                .andExpect(status().isAccepted());

        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitAtLeast(1,
                    r -> r.key().equals(pseudonymizer.ofNationalNumber(nationalNumber)));
            assertThat(records).allSatisfy(record -> assertThat(TopicProbe.payload(record))
                    .doesNotContain(nationalNumber).doesNotContain(pupil));
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
    void aRevocationIsPublishedOnceAndALaterRegistrationStartsAfresh() throws Exception {
        register("B").andExpect(status().isAccepted());

        revoke().andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.version").value(2));
        revoke().andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));
        register("Z").andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.version").value(3));

        List<ConsumerRecord<String, byte[]>> records = publishedFor(3);
        assertThat(TopicProbe.header(records.get(1), CloudEventHeaders.TYPE))
                .isEqualTo("org.aanboord.attendance.HalfDayRevoked.v1");
        assertThat(TopicProbe.payload(records.get(1))).contains("\"previousCode\":\"B\"");
    }

    @Test
    void revokingWhatWasNeverRegisteredIsNotFound() throws Exception {
        revoke().andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anUnknownSchoolIsRefusedAsProblemJsonNamingTheField() throws Exception {
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"school-elsewhere","pupilId":"%s","date":"%s","halfDay":"AM","code":"B"}"""
                        .formatted(pupil, SCHOOL_DAY)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("schoolId"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-school"));
    }

    @Test
    void aSensitiveAttributeIsRefusedByName() throws Exception {
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"AM","code":"B","ethnicity":"x"}"""
                        .formatted(SCHOOL, pupil, SCHOOL_DAY)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ethnicity"))
                .andExpect(jsonPath("$.errors[0].rule").value("not-accepted"));
    }

    @Test
    void aWeekendDayIsRefused() throws Exception {
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"%s","date":"2026-11-21","halfDay":"AM","code":"B"}"""
                        .formatted(SCHOOL, pupil)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].reason").value("is a Saturday, not a school day"));
    }

    @Test
    void malformedJsonIsRefusedWithProblemJson() throws Exception {
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("{\"schoolId\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPropertyGivenTwiceOrABooleanForAnIdIsRefusedAndNothingIsPublished() throws Exception {
        String twice = """
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"B","code":"Z"}"""
                .formatted(SCHOOL, pupil, SCHOOL_DAY);
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content(twice))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String booleanId = """
                {"schoolId":"%s","pupilId":true,"date":"%s","halfDay":"VM","code":"B"}""".formatted(SCHOOL, SCHOOL_DAY);
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content(booleanId))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        register("B").andExpect(status().isAccepted());

        assertThat(publishedFor(1)).as("only the well-formed registration").hasSize(1);
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            assertThat(topic.matching(record -> record.key().equals(pseudonymizer.ofLocalId(SCHOOL, "true"))))
                    .isEmpty();
        }
    }

    @Test
    void aWrongMediaTypeIs415() throws Exception {
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_XML).content("<registration/>"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions register(String code) throws Exception {
        return http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"VM","code":"%s"}"""
                .formatted(SCHOOL, pupil, SCHOOL_DAY, code)));
    }

    private ResultActions revoke() throws Exception {
        return http.perform(post("/api/registrations/revocations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.APPLICATION_JSON).content("""
                {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"AM"}""".formatted(SCHOOL, pupil, SCHOOL_DAY)));
    }

    /** Waits for the expected number of records of this test's pupil and checks no more arrive. */
    private List<ConsumerRecord<String, byte[]>> publishedFor(int expected) {
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            topic.awaitAtLeast(expected, this::isThisPupil);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> topic.matching(this::isThisPupil).size() == expected);
            return topic.matching(this::isThisPupil);
        }
    }

    private boolean isThisPupil(ConsumerRecord<String, byte[]> record) {
        return record.key().equals(pseudonymizer.ofLocalId(SCHOOL, pupil));
    }
}
