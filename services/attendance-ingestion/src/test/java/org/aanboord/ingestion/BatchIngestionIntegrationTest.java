package org.aanboord.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

/** JSON batches: per-row report, in-batch conflicts, idempotent resend, limits. */
class BatchIngestionIntegrationTest extends IngestionIntegrationTest {

    @Autowired
    MockMvc http;
    @Autowired
    Pseudonymizer pseudonymizer;
    @Autowired
    RateLimiterRegistry rateLimiters;
    @Autowired
    MongoTemplate mongo;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void validRowsArePublishedRefusedRowsAreReportedAndAResendPublishesNothing() throws Exception {
        String batch = """
                [{"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"NM","code":"Z"},
                 {"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"b-%2$s","date":"2026-11-17","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"b-%2$s","date":"2026-11-17","halfDay":"VM","code":"Z"},
                 {"schoolId":"%1$s","pupilId":"c-%2$s","date":"2026-11-04","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","nationalNumber":"85073003329","date":"2026-11-16","halfDay":"VM","code":"B"}]"""
                .formatted(CALENDAR_SCHOOL, run);

        batch(CALENDAR_SCHOOL, batch).andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(7))
                .andExpect(jsonPath("$.registered").value(2))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.errors[0].line").value(4))
                .andExpect(jsonPath("$.errors[0].rule").value("conflict-in-batch"))
                .andExpect(jsonPath("$.errors[1].line").value(5))
                .andExpect(jsonPath("$.errors[2].line").value(6))
                .andExpect(jsonPath("$.errors[2].reason").value(containsString("Herfstvakantie")))
                .andExpect(jsonPath("$.errors[3].line").value(7))
                .andExpect(jsonPath("$.errors[3].field").value("nationalNumber"));
        batch(CALENDAR_SCHOOL, batch).andExpect(status().isOk())
                .andExpect(jsonPath("$.registered").value(0))
                .andExpect(jsonPath("$.duplicates").value(3));

        Set<String> pupils = Set.of(pseudonymizer.ofLocalId(CALENDAR_SCHOOL, "a-" + run),
                pseudonymizer.ofLocalId(CALENDAR_SCHOOL, "b-" + run));
        try (RegistrationCounter topic = new RegistrationCounter(BOOTSTRAP, pupils)) {
            assertThat(topic.awaitExactly(2, Duration.ofSeconds(2))).isEqualTo(2);
        }
    }

    @Test
    void twoBatchesForTheSameNewPupilAtOnceKeepEveryHalfDayOfBoth() throws Exception {
        ExecutorService schools = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String pupil = "race-" + round + "-" + run;
                String firstWeek = weekOfHalfDays(pupil, LocalDate.of(2026, 11, 16));
                String secondWeek = weekOfHalfDays(pupil, LocalDate.of(2026, 11, 23));
                Future<?> first = schools.submit(() -> batch(CALENDAR_SCHOOL, firstWeek).andExpect(status().isOk())
                        .andExpect(jsonPath("$.registered").value(10)));
                Future<?> second = schools.submit(() -> batch(CALENDAR_SCHOOL, secondWeek).andExpect(status().isOk())
                        .andExpect(jsonPath("$.registered").value(10)));
                first.get();
                second.get();

                for (String week : List.of(firstWeek, secondWeek)) {
                    batch(CALENDAR_SCHOOL, week).andExpect(status().isOk())
                            .andExpect(jsonPath("$.registered").value(0))
                            .andExpect(jsonPath("$.duplicates").value(10));
                }
            }
        } finally {
            schools.shutdownNow();
        }
    }

    @Test
    void halfDaysTheLedgerStoredInTheEarlierFormatAreStillRecognised() throws Exception {
        String pupil = "earlier-" + run;
        String pseudonym = pseudonymizer.ofLocalId(CALENDAR_SCHOOL, pupil);
        Document earlier = new Document("code", "B").append("originalCode", "B").append("version", 1)
                .append("recordedAt", new Date());
        mongo.getCollection("pupil_half_days").insertOne(new Document("_id", CALENDAR_SCHOOL + "|" + pseudonym)
                .append("schoolId", CALENDAR_SCHOOL).append("pupilPseudonym", pseudonym)
                .append("halfDays", new Document("2026-11-16_AM", earlier).append("2026-11-16_PM", earlier)));
        String resend = """
                [{"schoolId":"%1$s","pupilId":"%2$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"%2$s","date":"2026-11-16","halfDay":"NM","code":"Z"}]"""
                .formatted(CALENDAR_SCHOOL, pupil);

        batch(CALENDAR_SCHOOL, resend).andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.corrected").value(1));
        batch(CALENDAR_SCHOOL, resend).andExpect(status().isOk())
                .andExpect(jsonPath("$.duplicates").value(2));
        try (RegistrationCounter topic = new RegistrationCounter(BOOTSTRAP, Set.of(pseudonym))) {
            assertThat(topic.awaitExactly(1, Duration.ofSeconds(2))).as("only the correction is published")
                    .isEqualTo(1);
        }
    }

    /** Both half-days of the five weekdays from {@code monday}, code B. */
    private static String weekOfHalfDays(String pupil, LocalDate monday) {
        List<String> rows = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (String halfDay : List.of("VM", "NM")) {
                rows.add("{\"schoolId\":\"%s\",\"pupilId\":\"%s\",\"date\":\"%s\",\"halfDay\":\"%s\",\"code\":\"B\"}"
                        .formatted(CALENDAR_SCHOOL, pupil, monday.plusDays(day), halfDay));
            }
        }
        return "[" + String.join(",", rows) + "]";
    }

    @Test
    void aSensitiveAttributeInARowRefusesTheBatchNamingRowAndField() throws Exception {
        batch(SCHOOL, """
                [{"schoolId":"%1$s","pupilId":"a-%2$s","date":"2026-11-16","halfDay":"VM","code":"B"},
                 {"schoolId":"%1$s","pupilId":"b-%2$s","date":"2026-11-16","halfDay":"VM","code":"B","nationality":"x"}]"""
                .formatted(SCHOOL, run))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("nationality"));
    }

    @Test
    void anOversizeBodyIs413AndAWrongMediaTypeIs415() throws Exception {
        byte[] nineMegabytes = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(nineMegabytes, (byte) ' ');
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType("text/csv").content(nineMegabytes))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType(MediaType.TEXT_PLAIN).content("a;b"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCsvWithAColumnThatIsNotAcceptedIsRefusedAsAWhole() throws Exception {
        http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", SCHOOL)).contentType("text/csv")
                        .content("schoolnummer;leerling;naam;datum;dagdeel;code\n%s;p;Jan;16/11/2026;VM;B\n"
                                .formatted(SCHOOL)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("header"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("'naam'")));
    }

    @Test
    void aSchoolOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        rateLimiters.rateLimiter("school:" + SCHOOL, "per-school").changeLimitForPeriod(2);
        try {
            String row = """
                    [{"schoolId":"%s","pupilId":"r-%s","date":"2026-11-16","halfDay":"VM","code":"B"}]"""
                    .formatted(SCHOOL, run);
            // A new limit applies from the next one-second period; keep sending until it bites.
            MockHttpServletResponse refused = null;
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (refused == null && System.nanoTime() < deadline) {
                MockHttpServletResponse response = batch(SCHOOL, row).andReturn().getResponse();
                refused = response.getStatus() == 429 ? response : null;
            }
            assertThat(refused).as("a 429 within 5 s of requests at a limit of 2 per second").isNotNull();
            assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
            assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        } finally {
            rateLimiters.rateLimiter("school:" + SCHOOL, "per-school").changeLimitForPeriod(1000);
        }
    }

    private ResultActions batch(String school, String json) throws Exception {
        return http.perform(post("/api/registrations/batch").with(TestTokens.as("SCHOOL_SOFTWARE", school))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
