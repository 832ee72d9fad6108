package org.aanboord.console.adapter.out.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/** case-management: lists, one case with history and notes, and the commands the console offers. */
public class CasesClient {

    /** Every state of the lifecycle, in the order a case usually travels. */
    public static final List<String> STATES = List.of("SIGNALLED", "TRIAGE", "SCHOOL_SUPPORT", "CLB_GUIDANCE",
            "MULTIDISCIPLINARY", "ESCALATED", "AFTERCARE", "HANDOVER", "ON_HOLD", "CLOSED");

    private final RestClient http;

    public CasesClient(RestClient http) {
        this.http = http;
    }

    public List<CaseView> ofClb(String clbId) {
        return list(uri -> uri.queryParam("clbId", clbId).queryParam("sort", "DUE_DATE").queryParam("size", 200));
    }

    public List<CaseView> ofSchool(String schoolId) {
        return list(uri -> uri.queryParam("schoolId", schoolId).queryParam("size", 200));
    }

    /** How many cases are in each state, from the list's total count (never a pupil). */
    public Map<String, Long> countsByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String state : STATES) {
            ResponseEntity<Void> page = http.get()
                    .uri(uri -> uri.path("/api/cases").queryParam("status", state).queryParam("size", 1).build())
                    .retrieve().toBodilessEntity();
            String total = page.getHeaders().getFirst("X-Total-Count");
            counts.put(state, total == null ? 0 : Long.parseLong(total));
        }
        return counts;
    }

    public CaseView one(String caseId) {
        return ServiceCalls.refusalsAsProblems(http.get().uri("/api/cases/{id}", caseId).retrieve())
                .body(CaseView.class);
    }

    public List<HistoryEntry> history(String caseId) {
        return http.get().uri("/api/cases/{id}/history", caseId).retrieve()
                .body(new ParameterizedTypeReference<List<HistoryEntry>>() { });
    }

    /** The notes the signed-in reader may see: the service filters them by who asks. */
    public List<NoteView> notes(String caseId) {
        return http.get().uri("/api/cases/{id}/notes", caseId).retrieve()
                .body(new ParameterizedTypeReference<List<NoteView>>() { });
    }

    public CaseView planAction(String caseId, String type, String description, String responsible,
            Integer withinSchoolDays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("description", description);
        body.put("responsible", responsible);
        body.put("withinSchoolDays", withinSchoolDays);
        return post("/api/cases/{id}/actions", caseId, body);
    }

    public CaseView completeAction(String caseId, String actionId, String outcome) {
        return ServiceCalls.refusalsAsProblems(http.post().uri("/api/cases/{id}/actions/{action}/completion", caseId,
                actionId).body(Map.of("outcome", outcome == null ? "" : outcome)).retrieve()).body(CaseView.class);
    }

    public CaseView addNote(String caseId, String text, String confidentiality) {
        return post("/api/cases/{id}/notes", caseId, Map.of("text", text, "confidentiality", confidentiality));
    }

    public CaseView transition(String caseId, String to, String ownerId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("ownerId", ownerId);
        body.put("reason", reason);
        return post("/api/cases/{id}/transitions", caseId, body);
    }

    public CaseView saveSupportPlan(String caseId, List<String> goals, List<String> adaptations,
            List<String> strengths) {
        List<Map<String, Object>> goalBodies = new ArrayList<>();
        goals.forEach(goal -> goalBodies.add(Map.of("description", goal, "status", "OPEN")));
        Map<String, Object> body = Map.of("goals", goalBodies, "adaptations", adaptations, "strengths", strengths,
                "reviewDates", List.of());
        return ServiceCalls.refusalsAsProblems(http.put().uri("/api/cases/{id}/support-plan", caseId).body(body)
                .retrieve()).body(CaseView.class);
    }

    private CaseView post(String path, String caseId, Object body) {
        return ServiceCalls.refusalsAsProblems(http.post().uri(path, caseId).body(body).retrieve())
                .body(CaseView.class);
    }

    private List<CaseView> list(java.util.function.Function<UriBuilder, UriBuilder> query) {
        return http.get().uri(uri -> query.apply(uri.path("/api/cases")).build()).retrieve()
                .body(new ParameterizedTypeReference<List<CaseView>>() { });
    }

    public record CaseView(String caseId, long version, String pupilPseudonym, String caseType, String status,
            List<String> allowedNextStates, String schoolId, String assignedClbId, String municipalityId,
            String ownerId, Instant openedAt, LocalDate nextDueDate, boolean overdue, List<SignalView> signals,
            List<ActionView> actions, SupportPlanView supportPlan, List<ReferralView> referrals) {

        public CaseView {
            allowedNextStates = allowedNextStates == null ? List.of() : allowedNextStates;
            signals = signals == null ? List.of() : signals;
            actions = actions == null ? List.of() : actions;
            referrals = referrals == null ? List.of() : referrals;
        }

        public boolean isOpen() {
            return !"CLOSED".equals(status);
        }
    }

    public record SignalView(String ruleId, String assessmentId, String explanation, Instant at) {
    }

    public record ActionView(String actionId, String type, String catalogueCode, String description,
            String responsible, LocalDate dueDate, String status, Instant completedAt, String outcome) {

        public boolean isOpen() {
            return "OPEN".equals(status);
        }
    }

    public record SupportPlanView(List<GoalView> goals, List<String> adaptations, List<String> strengths,
            List<LocalDate> reviewDates) {
    }

    public record GoalView(String description, String measure, String target, LocalDate dueDate, String status) {
    }

    public record ReferralView(String referralId, String kind, String toOrganisationId, String service,
            String reason, Instant sentAt, String status, List<FeedbackView> feedback) {
    }

    public record FeedbackView(String status, String comment, Instant at) {
    }

    public record HistoryEntry(Instant at, String actorRole, String actorOrganisationId, String what, String why) {
    }

    public record NoteView(String noteId, String text, String confidentiality, String authorRole,
            String authorOrganisationId, Instant at) {
    }
}
