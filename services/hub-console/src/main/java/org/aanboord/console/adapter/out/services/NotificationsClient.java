package org.aanboord.console.adapter.out.services;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/** notifications: an organisation's inbox, acknowledging, and where its live stream is. */
public class NotificationsClient {

    private final RestClient http;
    private final URI baseUrl;

    public NotificationsClient(RestClient http, URI baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl;
    }

    public List<AlertView> inbox(String organisationId) {
        return http.get().uri("/api/inbox?organisationId={org}", organisationId).retrieve()
                .body(new ParameterizedTypeReference<List<AlertView>>() { });
    }

    public AlertView alert(String alertId) {
        return ServiceCalls.refusalsAsProblems(http.get().uri("/api/inbox/{id}", alertId).retrieve())
                .body(AlertView.class);
    }

    public AlertView acknowledge(String alertId) {
        return ServiceCalls.refusalsAsProblems(http.post().uri("/api/inbox/{id}/acknowledge", alertId).retrieve())
                .body(AlertView.class);
    }

    /** The server-sent events stream of the organisation's new and acknowledged alerts. */
    public URI streamOf(String organisationId) {
        return UriComponentsBuilder.fromUri(baseUrl).path("/api/inbox/stream")
                .queryParam("organisationId", organisationId).encode().build().toUri();
    }

    public record AlertView(String id, Recipient recipient, String pupilPseudonym, String schoolId,
            String consolePath, String titleNl, String titleEn, String explanation, Rule rule, Instant deliveredAt,
            Instant readAt, Instant acknowledgedAt, LocalDate dueBy, String escalationOf, Instant escalatedAt) {

        public String title(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleNl;
        }

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    public record Recipient(String organisationId, String organisationName, String party, String dataScope) {
    }

    public record Rule(String ruleId, String description, String attentionLevel, Integer actWithinSchoolDays,
            int agreementVersion) {
    }
}
