package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Enrolments and signals on their own topics, keyed by the pseudonym that follows the pupil across schools. */
class PupilFactsIntegrationTest extends IngestionIntegrationTest {

    private static final String NATIONAL_NUMBER = "01010112301";

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;

    @Test
    void aSchoolChangeFollowsThePupilByNationalNumberAndAResendIsADuplicate() throws Exception {
        String unenrolment = """
                {"schoolId":"%s","nationalNumber":"%s","kind":"UNENROLLED","date":"2026-11-13","reason":"school-change"}"""
                .formatted(SCHOOL, NATIONAL_NUMBER);
        String change = """
                {"schoolId":"%s","nationalNumber":"%s","kind":"CHANGED_SCHOOL","date":"2026-11-16","previousSchoolId":"%s"}"""
                .formatted(CALENDAR_SCHOOL, NATIONAL_NUMBER, SCHOOL);

        post(SCHOOL, "/api/enrolments", unenrolment).andExpect(status().isAccepted());
        post(SCHOOL, "/api/enrolments", unenrolment).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DUPLICATE"));
        post(CALENDAR_SCHOOL, "/api/enrolments", change).andExpect(status().isAccepted());

        String pseudonym = pseudonymizer.ofNationalNumber(NATIONAL_NUMBER);
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_ENROLMENTS.wireName())) {
            List<ConsumerRecord<String, byte[]>> records = topic.awaitAtLeast(2, r -> pseudonym.equals(r.key()));
            assertThat(records).extracting(r -> TopicProbe.header(r, CloudEventHeaders.TYPE)).containsExactly(
                    "org.aanboord.attendance.PupilUnenrolled.v1", "org.aanboord.attendance.PupilChangedSchool.v1");
            assertThat(TopicProbe.payload(records.get(0))).contains("\"reason\":\"SCHOOL_CHANGE\"")
                    .doesNotContain(NATIONAL_NUMBER);
        }
    }

    @Test
    void aReportPeriodResultIsPublishedOnTheSignalsTopic() throws Exception {
        String pupil = "sig-" + System.nanoTime();
        post(SCHOOL, "/api/signals", """
                {"schoolId":"%s","pupilId":"%s","kind":"REPORT_PERIOD_RESULT","date":"2026-11-20","period":"2026-2027 R1",\
                "failingSubjects":3}""".formatted(SCHOOL, pupil)).andExpect(status().isAccepted());

        String pseudonym = pseudonymizer.ofLocalId(SCHOOL, pupil);
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_SIGNALS.wireName())) {
            ConsumerRecord<String, byte[]> record = topic.awaitAtLeast(1, r -> pseudonym.equals(r.key())).get(0);
            assertThat(TopicProbe.payload(record)).contains("\"failingSubjects\":3");
        }
    }

    @Test
    void sensitiveAttributesAreRefusedByName() throws Exception {
        for (String attribute : List.of("ethnicity", "nationality", "income")) {
            post(SCHOOL, "/api/signals", """
                    {"schoolId":"%s","pupilId":"p","kind":"CONCERN","date":"2026-11-20","raisedBy":"TEACHER",\
                    "area":"WELLBEING","%s":"x"}""".formatted(SCHOOL, attribute))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value(attribute))
                    .andExpect(jsonPath("$.errors[0].rule").value("not-accepted"));
        }
    }

    @Test
    void aSignalWithoutItsKindsFieldsIsRefusedNamingThem() throws Exception {
        post(SCHOOL, "/api/signals", """
                {"schoolId":"%s","pupilId":"p","kind":"REPORT_PERIOD_RESULT","date":"2026-11-20"}""".formatted(SCHOOL))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[1].field").value("failingSubjects"));
    }

    private ResultActions post(String school, String path, String json) throws Exception {
        return http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(TestTokens.as("SCHOOL_STAFF", school))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
