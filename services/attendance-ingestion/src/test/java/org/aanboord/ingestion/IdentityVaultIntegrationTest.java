package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The identity vault: every accepted registration, enrolment and signal links its pupil (national number only
 * encrypted), and re-identification answers school staff and CLB workers within their tenancy, for a stated
 * purpose, auditing every call. A third agreement adds a school served by another CLB.
 */
class IdentityVaultIntegrationTest extends IngestionIntegrationTest {

    static final String OTHER_SCHOOL = "school-vault-it";
    static final String OTHER_CLB = "clb-vault-it";
    static final String PURPOSE = "Five problematic half-days: we call the parents to start the guidance file";

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;
    @Autowired
    MongoTemplate mongo;

    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void aSchoolOfAnotherClbIsKnown() throws IOException {
        if (agreements.knowsSchool(OTHER_SCHOOL)) {
            return;
        }
        AgreementPublished sample = sample();
        publish(new AgreementPublished("agreement-vault-it", 1, sample.title(), sample.regionId(),
                sample.effectiveFrom(), sample.publishedAt(), sample.organisations(),
                List.of(new School(OTHER_SCHOOL, "Other CLB's school", OTHER_CLB, "municipality-vault-it")),
                sample.contacts(), sample.rules(), List.of()));
        await().until(() -> agreements.knowsSchool(OTHER_SCHOOL));
    }

    @Test
    void aSingleRegistrationLinksThePupilAndTheNationalNumberIsStoredOnlyEncrypted() throws Exception {
        String nationalNumber = nationalNumber();
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"schoolId":"%s","pupilId":"one-%s","nationalNumber":"%s","date":"2026-11-16",\
                                "halfDay":"VM","code":"B"}""".formatted(SCHOOL, run, printed(nationalNumber))))
                .andExpect(status().isAccepted());

        Document stored = stored(pseudonymizer.ofNationalNumber(nationalNumber));
        assertThat(stored.getList("links", Document.class)).extracting(link -> link.getString("schoolId"),
                link -> link.getString("localId")).containsExactly(tuple(SCHOOL, "one-" + run));
        assertThat(stored.toJson()).doesNotContain(nationalNumber).doesNotContain(printed(nationalNumber));
        assertThat(stored.getString("nationalNumber")).isNotBlank();
        // The retention of the vault counts from the last time a request named the pupil.
        assertThat(stored.getDate("lastLinkedAt")).isEqualTo(stored.getDate("firstLinkedAt"));
    }

    @Test
    void aJsonBatchLinksEveryDistinctPupilOnceAndAResendAddsNothing() throws Exception {
        String batch = """
                [{"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"NM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"b-%2$s","date":"2026-11-17","halfDay":"VM","code":"Z"},
                 {"schoolId":"%1$s","pupilId":"c-%2$s","date":"2026-11-21","halfDay":"VM","code":"Z"}]"""
                .formatted(SCHOOL, run);
        for (int send = 0; send < 2; send++) {
            http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                    .contentType(MediaType.APPLICATION_JSON).content(batch)).andExpect(status().isOk());
        }

        assertThat(stored(pseudonymizer.ofLocalId(SCHOOL, "a-" + run)).getList("links", Document.class)).hasSize(1);
        assertThat(stored(pseudonymizer.ofLocalId(SCHOOL, "b-" + run)).containsKey("nationalNumber")).isFalse();
        assertThat(mongo.findById(pseudonymizer.ofLocalId(SCHOOL, "c-" + run), Document.class, "identities"))
                .as("a refused row (a Saturday) links nobody").isNull();
    }

    @Test
    void aCsvExportLinksItsPupils() throws Exception {
        String nationalNumber = nationalNumber();
        byte[] csv = """
                Schoolnummer;Leerling;Rijksregisternummer;Datum;Dagdeel;Code
                %1$s;csv-%2$s;;16/11/2026;VM;B
                %1$s;;%3$s;16/11/2026;NM;Z
                """.formatted(SCHOOL, run, printed(nationalNumber)).getBytes(StandardCharsets.UTF_8);
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL))
                .contentType("text/csv").content(csv)).andExpect(status().isOk()).andExpect(jsonPath("$.registered").value(2));

        assertThat(stored(pseudonymizer.ofLocalId(SCHOOL, "csv-" + run))).isNotNull();
        reidentify("SCHOOL_STAFF", SCHOOL, pseudonymizer.ofNationalNumber(nationalNumber), PURPOSE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalNumber").value(nationalNumber))
                .andExpect(jsonPath("$.schools[0].schoolId").value(SCHOOL))
                .andExpect(jsonPath("$.schools[0].pupilIds").isEmpty());
    }

    @Test
    void enrolmentsAndSignalsLinkTheirPupils() throws Exception {
        http.perform(post("/api/enrolments").with(TestTokens.as("SCHOOL_STAFF", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"enr-%s","kind":"ENROLLED","date":"2026-11-16"}"""
                        .formatted(SCHOOL, run))).andExpect(status().isAccepted());
        http.perform(post("/api/signals").with(TestTokens.as("SCHOOL_STAFF", SCHOOL))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"sig-%s","kind":"CONCERN","date":"2026-11-16","raisedBy":"MENTOR",\
                        "area":"WELLBEING"}""".formatted(SCHOOL, run))).andExpect(status().isAccepted());

        assertThat(stored(pseudonymizer.ofLocalId(SCHOOL, "enr-" + run))).isNotNull();
        assertThat(stored(pseudonymizer.ofLocalId(SCHOOL, "sig-" + run))).isNotNull();
    }

    @Test
    void aSchoolSeesItsOwnLinkOnlyAndTheClbTheLinksOfTheSchoolsItServes() throws Exception {
        String nationalNumber = nationalNumber();
        String pseudonym = pseudonymizer.ofNationalNumber(nationalNumber);
        register(SCHOOL, "own-" + run, nationalNumber);
        register(CALENDAR_SCHOOL, "cal-" + run, nationalNumber);
        register(OTHER_SCHOOL, "far-" + run, nationalNumber);

        reidentify("SCHOOL_STAFF", SCHOOL, pseudonym, PURPOSE).andExpect(status().isOk())
                .andExpect(jsonPath("$.pseudonym").value(pseudonym))
                .andExpect(jsonPath("$.nationalNumber").value(nationalNumber))
                .andExpect(jsonPath("$.schools[*].schoolId", contains(SCHOOL)))
                .andExpect(jsonPath("$.schools[0].pupilIds", contains("own-" + run)));
        reidentify("CLB_WORKER", "clb-demo", pseudonym, PURPOSE).andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[*].schoolId", containsInAnyOrder(SCHOOL, CALENDAR_SCHOOL)));
        reidentify("CLB_WORKER", OTHER_CLB, pseudonym, PURPOSE).andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[*].schoolId", contains(OTHER_SCHOOL)))
                .andExpect(jsonPath("$.schools[0].pupilIds", contains("far-" + run)));
    }

    @Test
    void aSchoolPupilIsRefusedToAnotherSchoolsClbAndToEveryRoleThatNeverReidentifies() throws Exception {
        String pseudonym = pseudonymizer.ofLocalId(SCHOOL, "mine-" + run);
        register(SCHOOL, "mine-" + run, null);

        // Not confirmed to someone else's school or CLB: answered like a pseudonym nobody has.
        reidentify("CLB_WORKER", OTHER_CLB, pseudonym, PURPOSE).andExpect(status().isNotFound());
        reidentify("SCHOOL_STAFF", CALENDAR_SCHOOL, pseudonym, PURPOSE).andExpect(status().isNotFound());
        reidentify("SCHOOL_STAFF", SCHOOL, "no-such-pseudonym-" + run, PURPOSE).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String[] caller : List.of(new String[] {"REGISSEUR", "municipality-demo"},
                new String[] {"SCHOOL_SOFTWARE", SCHOOL}, new String[] {"DPO", "hub"}, new String[] {"HUB_ADMIN", "hub"})) {
            reidentify(caller[0], caller[1], pseudonym, PURPOSE).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aMissingOrTooShortPurposeIs400NamingTheField() throws Exception {
        String pseudonym = pseudonymizer.ofLocalId(SCHOOL, "why-" + run);
        register(SCHOOL, "why-" + run, null);

        http.perform(post("/api/pupils/{pseudonym}/identity", pseudonym).with(TestTokens.as("SCHOOL_STAFF", SCHOOL))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].rule").value("required"));
        reidentify("CLB_WORKER", "clb-demo", pseudonym, "  ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        reidentify("CLB_WORKER", "clb-demo", pseudonym, "curious").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.errors[0].rule").value("too-short"));
    }

    @Test
    void everyCallAnsweredOrRefusedIsAuditedWithItsStatedPurpose() throws Exception {
        String pseudonym = pseudonymizer.ofLocalId(SCHOOL, "audit-" + run);
        register(SCHOOL, "audit-" + run, null);
        String worker = "clb.worker-" + run;
        String regisseur = "regisseur-" + run;

        http.perform(post("/api/pupils/{pseudonym}/identity", pseudonym)
                .with(TestTokens.as("CLB_WORKER", "clb-demo", worker)).contentType(MediaType.APPLICATION_JSON)
                .content(body(PURPOSE))).andExpect(status().isOk());
        http.perform(post("/api/pupils/{pseudonym}/identity", pseudonym)
                .with(TestTokens.as("REGISSEUR", "municipality-demo", regisseur)).contentType(MediaType.APPLICATION_JSON)
                .content(body("Compensation follow-up of a pupil who left school"))).andExpect(status().isForbidden());

        audit(worker).andExpect(jsonPath("$[0].purpose").value(PURPOSE))
                .andExpect(jsonPath("$[0].action").value("REIDENTIFY"))
                .andExpect(jsonPath("$[0].role").value("CLB_WORKER"))
                .andExpect(jsonPath("$[0].organisationId").value("clb-demo"))
                .andExpect(jsonPath("$[0].subject.pseudonym").value(pseudonym))
                .andExpect(jsonPath("$[0].subject.disclosedSchools").value(SCHOOL))
                .andExpect(jsonPath("$[0].status").value(200));
        audit(regisseur).andExpect(jsonPath("$[0].purpose").value("Compensation follow-up of a pupil who left school"))
                .andExpect(jsonPath("$[0].role").value("REGISSEUR"))
                .andExpect(jsonPath("$[0].subject.pseudonym").value(pseudonym))
                .andExpect(jsonPath("$[0].status").value(403));
    }

    private void register(String school, String pupilId, String nationalNumber) throws Exception {
        String national = nationalNumber == null ? "" : ",\"nationalNumber\":\"" + nationalNumber + "\"";
        http.perform(post("/api/registrations").with(TestTokens.as("SCHOOL_SOFTWARE", school))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"schoolId":"%s","pupilId":"%s"%s,"date":"2026-11-16","halfDay":"VM","code":"B"}"""
                        .formatted(school, pupilId, national))).andExpect(status().isAccepted());
    }

    private ResultActions reidentify(String role, String organisation, String pseudonym, String purpose)
            throws Exception {
        return http.perform(post("/api/pupils/{pseudonym}/identity", pseudonym).with(TestTokens.as(role, organisation))
                .contentType(MediaType.APPLICATION_JSON).content(body(purpose)));
    }

    private ResultActions audit(String who) throws Exception {
        return http.perform(get("/api/audit").param("who", who).with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isOk());
    }

    private Document stored(String pseudonym) {
        Document stored = mongo.findById(pseudonym, Document.class, "identities");
        assertThat(stored).as("vault entry of " + pseudonym).isNotNull();
        return stored;
    }

    private static String body(String purpose) {
        return "{\"purpose\":\"" + purpose + "\"}";
    }

    /** A valid national number born before 2000 with a random serial, so every test has a pupil of its own. */
    static String nationalNumber() {
        String body = "8507%02d%03d".formatted(ThreadLocalRandom.current().nextInt(1, 29),
                ThreadLocalRandom.current().nextInt(1, 998));
        return body + "%02d".formatted(97 - Long.parseLong(body) % 97);
    }

    private static String printed(String digits) {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }
}
