package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.aanboord.contracts.Topic;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.ingestion.application.IdentityVault;
import org.aanboord.ingestion.application.LedgerWrite;
import org.aanboord.ingestion.application.RegistrationLedger;
import org.aanboord.ingestion.domain.HalfDaySlot;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.ingestion.domain.PupilLink;
import org.aanboord.platform.messaging.CloudEventHeaders;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Steps 1 and 2 of a pseudonymisation key rotation: the service holds the new key and the previous one. A pupil the
 * service already knows under the previous key's pseudonym (what an instance with that key wrote to the vault and the
 * ledger before the rotation) keeps that pseudonym, so their half-days add up and a correction replaces the old
 * registration; a pupil it never saw gets the new key's pseudonym.
 */
@TestPropertySource(properties = "aanboord.ingestion.previous-pseudonymisation-key="
        + PseudonymisationKeyRotationIntegrationTest.PREVIOUS_KEY)
class PseudonymisationKeyRotationIntegrationTest extends IngestionIntegrationTest {

    static final String PREVIOUS_KEY = "cHJldmlvdXMtdGVzdC1vbmx5LWtleS1wcmV2aW91cy10ZXN0LW9ubHk=";
    private static final LocalDate BEFORE_ROTATION = LocalDate.of(2026, 11, 16);

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;
    @Autowired
    IdentityVault vault;
    @Autowired
    RegistrationLedger ledger;
    @Autowired
    MongoTemplate mongo;

    private final Pseudonymizer beforeRotation = new Pseudonymizer(Base64.getDecoder().decode(PREVIOUS_KEY));
    private final String run = Long.toString(System.nanoTime(), 36);
    private final String knownPupil = "known-" + run;
    private final String newPupil = "new-" + run;
    private String oldPseudonym;

    /** What the service wrote for a B half-day on 16 November, before the rotation, under the previous key. */
    @BeforeEach
    void thePupilWasRegisteredBeforeTheRotation() {
        oldPseudonym = beforeRotation.ofLocalId(SCHOOL, knownPupil);
        vault.remember(List.of(new PupilLink(oldPseudonym, SCHOOL, knownPupil, null)));
        ledger.recordAll(List.of(new LedgerWrite(new HalfDaySlot(SCHOOL, oldPseudonym, BEFORE_ROTATION, HalfDay.AM),
                AttendanceCode.B, "B", 1)));
    }

    @Test
    void aPupilRegisteredBeforeTheRotationKeepsTheirPseudonymAndTheirHalfDaysAddUp() throws Exception {
        assertThat(oldPseudonym).isNotEqualTo(pseudonymizer.ofLocalId(SCHOOL, knownPupil));

        register(knownPupil, "2026-11-17", "VM", "B").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.pupilPseudonym").value(oldPseudonym));

        Document halfDays = mongo.findById(SCHOOL + "|" + oldPseudonym, Document.class, "pupil_half_days");
        assertThat(halfDays.get("halfDays", Document.class).keySet())
                .as("both half-days under the one pseudonym").containsExactlyInAnyOrder("2026-11-16_AM", "2026-11-17_AM");
        assertThat(mongo.findById(SCHOOL + "|" + pseudonymizer.ofLocalId(SCHOOL, knownPupil), Document.class,
                "pupil_half_days")).as("nothing under the new key's pseudonym").isNull();
        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            assertThat(TopicProbe.payload(topic.awaitAtLeast(1, record -> oldPseudonym.equals(record.key())).get(0)))
                    .contains("\"date\":\"2026-11-17\"");
        }
    }

    @Test
    void inABatchTheKnownPupilContinuesAndTheNewPupilGetsTheNewPseudonym() throws Exception {
        String newPseudonym = pseudonymizer.ofLocalId(SCHOOL, newPupil);
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                [{"schoolId":"%1$s","pupilId":"%2$s","date":"2026-11-16","halfDay":"VM","code":"Z"},
                                 {"schoolId":"%1$s","pupilId":"%2$s","date":"2026-11-18","halfDay":"NM","code":"B"},
                                 {"schoolId":"%1$s","pupilId":"%3$s","date":"2026-11-18","halfDay":"VM","code":"B"}]"""
                                .formatted(SCHOOL, knownPupil, newPupil)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.registered").value(2))
                .andExpect(jsonPath("$.corrected").value(1));

        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_REGISTRATIONS.wireName())) {
            List<ConsumerRecord<String, byte[]>> known = topic.awaitAtLeast(2, record -> oldPseudonym.equals(record.key()));
            ConsumerRecord<String, byte[]> correction = known.stream()
                    .filter(record -> TopicProbe.payload(record).contains("\"date\":\"2026-11-16\"")).findFirst().orElseThrow();
            assertThat(TopicProbe.header(correction, CloudEventHeaders.TYPE))
                    .as("the correction replaces the registration made before the rotation")
                    .isEqualTo("org.aanboord.attendance.HalfDayCorrected.v1");
            assertThat(TopicProbe.payload(correction)).contains("\"previousCode\":\"B\"").contains("\"version\":2");
            assertThat(topic.awaitAtLeast(1, record -> newPseudonym.equals(record.key()))).hasSize(1);
            assertThat(topic.matching(record -> beforeRotation.ofLocalId(SCHOOL, newPupil).equals(record.key())))
                    .as("a new pupil never gets the previous key's pseudonym").isEmpty();
        }
        assertThat(vault.find(newPseudonym)).as("the new pupil is linked under the new pseudonym").isPresent();
    }

    @Test
    void aRevocationAfterTheRotationWithdrawsTheHalfDayRegisteredBeforeIt() throws Exception {
        http.perform(post("/api/registrations/revocations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"schoolId":"%s","pupilId":"%s","date":"2026-11-16","halfDay":"VM"}"""
                                .formatted(SCHOOL, knownPupil)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.pupilPseudonym").value(oldPseudonym))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void aPupilKnownByNationalNumberAtAnotherSchoolContinuesInEnrolments() throws Exception {
        String nationalNumber = IdentityVaultIntegrationTest.nationalNumber();
        String old = beforeRotation.ofNationalNumber(nationalNumber);
        vault.remember(List.of(new PupilLink(old, CALENDAR_SCHOOL, null, nationalNumber)));

        http.perform(post("/api/enrolments").with(TestTokens.as("SCHOOL_STAFF", SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"schoolId":"%s","nationalNumber":"%s","kind":"UNENROLLED","date":"2026-11-13",\
                                "reason":"school-change"}""".formatted(SCHOOL, nationalNumber)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.pupilPseudonym").value(old));

        try (TopicProbe topic = TopicProbe.of(BOOTSTRAP, Topic.ATTENDANCE_ENROLMENTS.wireName())) {
            assertThat(topic.awaitAtLeast(1, record -> old.equals(record.key()))).hasSize(1);
        }
    }

    private ResultActions register(String pupil, String date, String halfDay,
            String code) throws Exception {
        return http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"%s","date":"%s","halfDay":"%s","code":"%s"}"""
                        .formatted(SCHOOL, pupil, date, halfDay, code)));
    }
}
