package org.aanboord.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.risk.domain.SchoolYear;
import org.aanboord.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.model.Filters;

/**
 * The retention purge of risk-scoring: a pupil-year whose school year ended longer ago than the retention (default
 * two years) is gone with its assessment history; last school year's and the current one's stay. The run is
 * reported and audited.
 */
class PupilYearRetentionIntegrationTest extends RiskScoringIntegrationSupport {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RetentionPurgeJob job;

    @Test
    void aPupilYearEndedLongerAgoThanTheRetentionIsPurgedWithItsHistoryWhileRecentAndCurrentYearsStay()
            throws Exception {
        job.run("test-setup");
        int currentStart = Integer.parseInt(SchoolYear.of(LocalDate.now()).substring(0, 4));
        String longEnded = year(currentStart - 5);
        String lastYear = year(currentStart - 1);
        String current = year(currentStart);
        String pupil = pupil("retention");
        for (String schoolYear : List.of(longEnded, lastYear, current)) {
            store(pupil, schoolYear);
        }

        String run = http.perform(post("/api/admin/retention-runs").with(TestTokens.as("HUB_ADMIN", "hub")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.categories[0].category").value("pupil-years"))
                .andExpect(jsonPath("$.categories[0].deleted").value(1))
                .andReturn().getResponse().getContentAsString();
        String runId = JsonPath.read(run, "$.runId");

        List<String> years = List.of(longEnded, lastYear, current);
        assertThat(remaining("pupil_years", pupil, "", years)).containsExactly(lastYear, current);
        assertThat(remaining("assessment_history", pupil, "|0", years)).containsExactly(lastYear, current);
        http.perform(get("/api/admin/retention-reports").with(TestTokens.as("DPO", "hub")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.runId == '" + runId + "')].categories[0].deleted").value(contains(1)));
        String purgeEntry = "$[?(@.subject.runId == '" + runId + "')]";
        http.perform(get("/api/audit").with(TestTokens.as("DPO", "hub")))
                .andExpect(jsonPath(purgeEntry + ".action").value(contains("PURGE")))
                .andExpect(jsonPath(purgeEntry + ".subject.pupil-years").value(contains("1")));
    }

    private static String year(int start) {
        return start + "-" + (start + 1);
    }

    private void store(String pupil, String schoolYear) {
        String id = pupil + "|" + schoolYear;
        mongo.getCollection("pupil_years").insertOne(new Document("_id", id).append("pupilPseudonym", pupil)
                .append("schoolYear", schoolYear).append("assessmentCount", 1).append("version", 0L));
        mongo.getCollection("assessment_history").insertOne(new Document("_id", id + "|0")
                .append("schoolYear", schoolYear).append("pupilYear", id).append("sequence", 0));
    }

    /** The school years of the pupil still in the collection ({@code suffix} "" for states, "|0" for history). */
    private List<String> remaining(String collection, String pupil, String suffix, List<String> schoolYears) {
        return schoolYears.stream().filter(schoolYear -> mongo.getCollection(collection)
                .countDocuments(Filters.eq("_id", pupil + "|" + schoolYear + suffix)) > 0).toList();
    }
}
