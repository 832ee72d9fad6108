package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.testsupport.TestTokens;
import org.aanboord.testsupport.TopicProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What scoring finds in the store from before. State documents written before the assessment history had its own
 * collection (half-days as one document each, the history inside the state) are read, scored on and converted as
 * they are saved again: the count continues, the next assessment gets the next id (a repeated id would be dropped by
 * every consumer as a duplicate) and the history keeps the old assessments before the new ones. A history entry left
 * by a save that stopped before writing its state is replaced when the event is scored again.
 */
class StoredStateFormatIntegrationTest extends RiskScoringIntegrationSupport {

    private static final String YEAR = "2026-2027";

    @Autowired
    MongoTemplate mongo;

    @Test
    void aStateInTheEarlierFormatIsScoredOnAndItsHistoryKept() throws Exception {
        String school = "school-format-" + run;
        agreement("agreement-format-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school), List.of(
                rule("first-b", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 1, AttentionLevel.UNIVERSAL, null),
                rule("clb-5", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, AttentionLevel.TARGETED, null)));
        String pupil = pupil("format");
        LocalDate monday = LocalDate.of(2026, 10, 5);
        String firstId = assessmentId(pupil, 0);
        Document halfDays = new Document();
        for (int day = 0; day < 2; day++) {
            for (HalfDay halfDay : HalfDay.values()) {
                halfDays.append(monday.plusDays(day) + "/" + halfDay,
                        new Document("schoolId", school).append("code", "B").append("version", 1));
            }
        }
        RiskAssessmentChanged first = new RiskAssessmentChanged(firstId, pupil, school, "clb-it", "municipality-it",
                YEAR, "agreement-format-" + run, 1, AttentionLevel.UNIVERSAL, AttentionLevel.UNIVERSAL, List.of(),
                List.of("first-b"), List.of(), Instant.parse("2026-10-05T08:00:00Z"));
        mongo.getCollection("pupil_years").insertOne(new Document("_id", pupil + "|" + YEAR)
                .append("pupilPseudonym", pupil).append("schoolYear", YEAR)
                .append("halfDays", halfDays).append("signals", List.of())
                .append("holdingRuleIds", List.of("first-b")).append("attentionLevel", "UNIVERSAL")
                .append("assessments", List.of(mongo.getConverter().convertToMongoType(first)))
                .append("version", 3L).append("outbox", List.of()));

        try (TopicProbe probe = assessments()) {
            register(pupil, school, monday.plusDays(2), HalfDay.AM, AttendanceCode.B);
            RiskAssessmentChanged crossing = awaitAssessments(probe, pupil, 1).get(0);
            assertThat(crossing.assessmentId()).as("the second assessment's id").isEqualTo(assessmentId(pupil, 1));
            assertThat(crossing.newlyTriggeredRuleIds()).containsExactly("clb-5");
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", YEAR)
                .with(TestTokens.as("CLB_WORKER", "clb-it")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.halfDaysPerCode.B").value(5))
                .andExpect(jsonPath("$.attentionLevel").value("TARGETED"))
                .andExpect(jsonPath("$.history[0].assessmentId").value(firstId))
                .andExpect(jsonPath("$.history[1].assessmentId").value(assessmentId(pupil, 1)));
        Document saved = mongo.getCollection("pupil_years").find(new Document("_id", pupil + "|" + YEAR)).first();
        assertThat(saved.get("halfDays")).as("converted to the compact form").isInstanceOf(List.class);
        assertThat(saved.getInteger("assessmentCount")).isEqualTo(2);
    }

    @Test
    void aHistoryEntryLeftByASaveThatStoppedBeforeItsStateIsReplacedWhenScoredAgain() throws Exception {
        String school = "school-leftover-" + run;
        agreement("agreement-leftover-" + run, 1, LocalDate.of(2026, 9, 1), List.of(school), List.of(
                rule("first-b", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 1, AttentionLevel.UNIVERSAL, null)));
        String pupil = pupil("leftover");
        RiskAssessmentChanged leftOver = new RiskAssessmentChanged(assessmentId(pupil, 0), pupil, school, "clb-it",
                "municipality-it", YEAR, "agreement-leftover-" + run, 1, AttentionLevel.UNIVERSAL,
                AttentionLevel.UNIVERSAL, List.of(), List.of("left-over"), List.of(), Instant.parse("2026-10-05T08:00:00Z"));
        mongo.getCollection("assessment_history").insertOne(new Document("_id", pupil + "|" + YEAR + "#0")
                .append("schoolYear", YEAR).append("pupilYear", pupil + "|" + YEAR).append("sequence", 0)
                .append("assessment", mongo.getConverter().convertToMongoType(leftOver)));

        try (TopicProbe probe = assessments()) {
            register(pupil, school, LocalDate.of(2026, 10, 5), HalfDay.AM, AttendanceCode.B);
            assertThat(awaitAssessments(probe, pupil, 1).get(0).newlyTriggeredRuleIds()).containsExactly("first-b");
        }
        http.perform(get("/api/pupils/{pupil}/assessment", pupil).param("schoolYear", YEAR)
                .with(TestTokens.as("CLB_WORKER", "clb-it")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(1))
                .andExpect(jsonPath("$.history[0].newlyTriggeredRuleIds[0]").value("first-b"));
    }

    /** How scoring names a pupil-year's n-th assessment (from 0). */
    private static String assessmentId(String pupil, int sequence) {
        return UUID.nameUUIDFromBytes((pupil + "|" + YEAR + "|" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
