package org.aanboord.console.adapter.out.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * stakeholder-agreements: published versions, the draft, diff, publish and the result indicators. Agreements travel
 * as JSON trees so the editor never drops a section the console does not show.
 */
public class AgreementsClient {

    private final RestClient http;

    public AgreementsClient(RestClient http) {
        this.http = http;
    }

    public List<JsonNode> published() {
        return http.get().uri("/api/agreements").retrieve().body(new ParameterizedTypeReference<List<JsonNode>>() { });
    }

    public List<VersionSummary> versions(String agreementId) {
        return http.get().uri("/api/agreements/{id}/versions", agreementId).retrieve()
                .body(new ParameterizedTypeReference<List<VersionSummary>>() { });
    }

    public JsonNode version(String agreementId, int version) {
        return ServiceCalls.refusalsAsProblems(http.get().uri("/api/agreements/{id}/versions/{v}", agreementId, version)
                .retrieve()).body(JsonNode.class);
    }

    public Optional<Draft> draft(String agreementId) {
        return http.get().uri("/api/agreements/{id}/draft", agreementId).exchange((request, response) ->
                response.getStatusCode().value() == HttpStatus.NOT_FOUND.value() ? Optional.<Draft>empty()
                        : Optional.ofNullable(response.bodyTo(Draft.class)));
    }

    public Draft saveDraft(String agreementId, JsonNode agreement) {
        return ServiceCalls.refusalsAsProblems(http.put().uri("/api/agreements/{id}/draft", agreementId)
                .body(agreement).retrieve()).body(Draft.class);
    }

    public void discardDraft(String agreementId) {
        ServiceCalls.refusalsAsProblems(http.delete().uri("/api/agreements/{id}/draft", agreementId).retrieve())
                .toBodilessEntity();
    }

    /** @return the published version */
    public JsonNode publish(String agreementId, LocalDate effectiveFrom) {
        return ServiceCalls.refusalsAsProblems(http.post().uri("/api/agreements/{id}/draft/publish", agreementId)
                .body(effectiveFrom == null ? Map.of() : Map.of("effectiveFrom", effectiveFrom.toString()))
                .retrieve()).body(JsonNode.class);
    }

    public Diff diff(String agreementId, int from, int to) {
        return ServiceCalls.refusalsAsProblems(http.get()
                .uri("/api/agreements/{id}/diff?from={from}&to={to}", agreementId, from, to).retrieve())
                .body(Diff.class);
    }

    public List<Indicator> indicators(String agreementId) {
        return http.get().uri("/api/agreements/{id}/indicators", agreementId).retrieve()
                .body(new ParameterizedTypeReference<List<Indicator>>() { });
    }

    public record VersionSummary(int version, String title, LocalDate effectiveFrom, LocalDate effectiveUntil,
            Instant publishedAt, String publishedBy) {
    }

    public record Draft(JsonNode agreement, Instant savedAt, String savedBy, boolean publishable,
            List<ServiceProblem.FieldProblem> problems) {

        public Draft {
            problems = problems == null ? List.of() : problems;
        }
    }

    public record Diff(String agreementId, int from, int to, List<DiffLine> changes) {
    }

    public record DiffLine(String path, String before, String after, String description) {
    }

    public record Indicator(String indicatorId, String name, String measure, String unit, String computation,
            Double currentValue, LocalDate measuredOn, Double targetValue, LocalDate targetDate, String direction,
            Boolean onTarget, int agreementVersion, List<Point> trend) {

        public Indicator {
            trend = trend == null ? List.of() : trend;
        }
    }

    public record Point(LocalDate day, double value) {
    }
}
