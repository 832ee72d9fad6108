package org.aanboord.console.adapter.out.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

/** risk-scoring: a school's pupils, one pupil's assessment and why, the region's figures. */
public class RiskClient {

    private final RestClient http;

    public RiskClient(RestClient http) {
        this.http = http;
    }

    public List<PupilSummary> pupilsOf(String schoolId) {
        return http.get().uri("/api/pupils?schoolId={school}", schoolId).retrieve()
                .body(new ParameterizedTypeReference<List<PupilSummary>>() { });
    }

    public Optional<Assessment> assessment(String pseudonym) {
        return http.get().uri("/api/pupils/{pseudonym}/assessment", pseudonym).exchange((request, response) ->
                response.getStatusCode().value() == HttpStatus.NOT_FOUND.value() ? Optional.<Assessment>empty()
                        : Optional.ofNullable(response.bodyTo(Assessment.class)));
    }

    public RegionStatistics statistics() {
        return http.get().uri("/api/statistics").retrieve().body(RegionStatistics.class);
    }

    public record RuleOutcome(String ruleId, String description, String measure, int value, int threshold,
            String attentionLevel, String explanation) {
    }

    public record PupilSummary(String pupilPseudonym, String attentionLevel, int problematicHalfDays,
            List<RuleOutcome> holdingRules, LocalDate lastRegisteredOn) {
    }

    public record Assessment(String pupilPseudonym, String schoolYear, Map<String, Integer> halfDaysPerCode,
            List<MeasureReading> measures, String attentionLevel, List<String> holdingRuleIds,
            List<AssessmentChange> history) {

        /** The rules that hold now, with their numbers in words. */
        public List<RuleOutcome> holdingRules() {
            return history == null || history.isEmpty() ? List.of() : history.get(history.size() - 1).triggeredRules();
        }
    }

    public record MeasureReading(String measure, String domain, int value, String explanation) {
    }

    public record AssessmentChange(String assessmentId, String schoolId, int agreementVersion, String attentionLevel,
            String previousAttentionLevel, List<RuleOutcome> triggeredRules, List<String> newlyTriggeredRuleIds,
            List<String> clearedRuleIds, Instant assessedAt) {
    }

    public record RegionStatistics(String schoolYear, List<SchoolFigures> schools,
            List<WeekFigures> problematicHalfDaysPerWeek, List<LevelWeek> assessedLevelsPerWeek) {
    }

    public record SchoolFigures(String schoolId, Map<String, Integer> pupilsPerLevel) {
    }

    public record WeekFigures(String week, Map<String, Integer> perSchool) {
    }

    public record LevelWeek(String week, Map<String, Integer> pupilsPerLevel) {
    }
}
