package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.ConcernRaised;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernArea;
import org.aanboord.contracts.attendance.v1.ConcernRaised.ConcernSource;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayRevoked;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.testsupport.TopicProbe;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;

/** Rebuilding from offset 0 into a fresh database gives exactly the state live processing built. */
class RebuildIntegrationTest extends RiskScoringIntegrationSupport {

    @Autowired
    MongoClient mongo;

    @Test
    void aRebuildFromOffsetZeroEqualsTheLiveStateAndPublishesNothing() throws Exception {
        String first = "school-rebuild-a-" + run;
        String second = "school-rebuild-b-" + run;
        agreement("agreement-rebuild-" + run, 1, LocalDate.of(2026, 9, 1), List.of(first, second), List.of(
                rule("clb-5", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, AttentionLevel.TARGETED, null),
                rule("absent-30", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 30, AttentionLevel.INTENSIVE, null),
                rule("window", "PROBLEMATIC_HALF_DAYS_ROLLING_WINDOW", 4, AttentionLevel.TARGETED, 5),
                rule("run", "CONSECUTIVE_ABSENT_HALF_DAYS", 6, AttentionLevel.TARGETED, null),
                rule("failing-3", "FAILING_SUBJECTS_LATEST_REPORT", 3, AttentionLevel.TARGETED, null),
                rule("concerns-1", "CONCERNS_SCHOOL_YEAR", 1, AttentionLevel.UNIVERSAL, null)));
        List<String> pupils = List.of(pupil("rebuild1"), pupil("rebuild2"), pupil("rebuild3"), pupil("rebuild4"));
        LocalDate monday = LocalDate.of(2026, 9, 14);

        try (TopicProbe probe = assessments()) {
            registerB(pupils.get(0), first, monday, 6);
            correct(pupils.get(0), first, monday, HalfDay.AM, AttendanceCode.Z, AttendanceCode.B, 2);
            publish(new HalfDayRevoked(pupils.get(0), first, monday, HalfDay.PM, AttendanceCode.B, 3, Instant.parse("2026-09-20T10:00:00Z")));
            registerB(pupils.get(1), first, monday, 3);
            registerB(pupils.get(1), second, monday.plusWeeks(2), 32);
            registerB(pupils.get(2), second, monday, 2);
            registerB(pupils.get(2), second, monday.plusMonths(2), 1);
            registerB(pupils.get(3), first, LocalDate.of(2027, 6, 28), 4);
            registerB(pupils.get(3), first, LocalDate.of(2027, 9, 1), 5);
            LocalDate marker = LocalDate.of(2027, 12, 20);
            pupils.forEach(pupil -> register(pupil, first, marker, HalfDay.AM, AttendanceCode.R));

            await().until(() -> pupils.stream().allMatch(pupil -> hasHalfDay(liveDatabase(), pupil, marker)));
            Instant recorded = Instant.parse("2026-12-21T09:00:00Z");
            publish(new ReportPeriodResultRecorded(pupils.get(1), second, LocalDate.of(2026, 12, 18), "kerstrapport",
                    3, 1, recorded));
            publish(new ConcernRaised(pupils.get(2), second, LocalDate.of(2026, 11, 5), ConcernSource.MENTOR,
                    ConcernArea.WELLBEING, 1, recorded));
            await().until(() -> hasSignals(liveDatabase(), pupils.get(1)) && hasSignals(liveDatabase(), pupils.get(2)));
            int published = awaitStableCount(probe, pupils);
            assertThat(published).as("assessments of the live run").isGreaterThan(6);
            String target = "risk-rebuild-" + run;

            http.perform(post("/api/admin/rebuilds").with(TestTokens.as("HUB_ADMIN", "hub")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"database\":\"" + target + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.database").value(target));

            assertThat(states(target, pupils)).as("4 pupils, 2 school years each").hasSize(8).isEqualTo(states(DATABASE, pupils));
            assertThat(history(target, pupils)).as("every published assessment").hasSize(published)
                    .isEqualTo(history(DATABASE, pupils));
            assertThat(awaitStableCount(probe, pupils)).as("the rebuild published nothing").isEqualTo(published);
        }
    }

    @Test
    void aRebuildRefusesTheLiveDatabaseAndANameItCannotUse() throws Exception {
        http.perform(post("/api/admin/rebuilds").with(TestTokens.as("HUB_ADMIN", "hub")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"database\":\"" + DATABASE + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("database"));
        http.perform(post("/api/admin/rebuilds").with(TestTokens.as("HUB_ADMIN", "hub")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"database\":\"no/slashes\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("database"));
    }

    private int awaitStableCount(TopicProbe probe, List<String> pupils) {
        int[] last = {-1};
        await().during(Duration.ofSeconds(3)).until(() -> {
            int count = pupils.stream().mapToInt(pupil -> assessmentsOf(probe, pupil).size()).sum();
            boolean same = count == last[0];
            last[0] = count;
            return same;
        });
        return last[0];
    }

    private com.mongodb.client.MongoDatabase liveDatabase() {
        return mongo.getDatabase(DATABASE);
    }

    private static boolean hasHalfDay(com.mongodb.client.MongoDatabase database, String pupil, LocalDate day) {
        return database.getCollection("pupil_years").find(Filters.eq("pupilPseudonym", pupil))
                .into(new java.util.ArrayList<>()).stream()
                .flatMap(document -> document.getList("halfDays", Document.class).stream())
                .anyMatch(school -> school.getString("slots").contains(day + "/AM"));
    }

    private static boolean hasSignals(com.mongodb.client.MongoDatabase database, String pupil) {
        return database.getCollection("pupil_years").find(Filters.eq("pupilPseudonym", pupil))
                .into(new java.util.ArrayList<>()).stream()
                .anyMatch(document -> !document.getList("signals", Document.class, List.of()).isEmpty());
    }

    /** The assessment history of these pupils, entry by entry. */
    private Map<Object, Document> history(String database, List<String> pupils) {
        return mongo.getDatabase(database).getCollection("assessment_history").find()
                .into(new java.util.ArrayList<>()).stream()
                .filter(entry -> pupils.stream().anyMatch(pupil -> entry.getString("pupilYear").startsWith(pupil + "|")))
                .collect(Collectors.toMap(entry -> entry.get("_id"), entry -> entry));
    }

    /** Every stored document of these pupils, without the write counter and the relay's bookkeeping. */
    private Map<Object, Document> states(String database, List<String> pupils) {
        return mongo.getDatabase(database).getCollection("pupil_years")
                .find(Filters.in("pupilPseudonym", pupils)).into(new java.util.ArrayList<>()).stream()
                .peek(document -> {
                    document.remove("version");
                    document.remove("outbox");
                    document.remove("_class");
                })
                .collect(Collectors.toMap(document -> document.get("_id"), document -> document));
    }
}
