package org.aanboord.notifications.adapter.out.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.aanboord.notifications.application.AlertSender;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.DeliveryChannel;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs an alert, signed per Standard Webhooks, to the endpoint configured for the recipient organisation. The
 * payload carries exactly what the recipient's data scope allows (the alert already leaves out the rest); the
 * {@code webhook-id} is the delivery id, the same on every retry, so a receiver can drop repeats.
 */
@Component
class WebhookAlertSender implements AlertSender {

    static final String EVENT_TYPE = "alert.raised";

    private final WebhookSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    WebhookAlertSender(WebhookSettings settings, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.WEBHOOK;
    }

    @Override
    public Optional<String> breakerFor(Alert alert) {
        return endpoint(alert).map(endpoint -> "webhook-" + endpoint.organisationId());
    }

    @Override
    public void send(Alert alert, String deliveryId) throws IOException, InterruptedException {
        WebhookSettings.Endpoint endpoint = endpoint(alert)
                .orElseThrow(() -> new IllegalStateException("No webhook endpoint for "
                        + alert.recipient().organisationId() + " any more"));
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = json.writeValueAsBytes(payload(alert, timestamp));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(StandardWebhooks.ID, deliveryId)
                .header(StandardWebhooks.TIMESTAMP, Long.toString(timestamp))
                .header(StandardWebhooks.SIGNATURE, StandardWebhooks.sign(endpoint.secret(), deliveryId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Webhook " + endpoint.url() + " answered " + response.statusCode());
        }
    }

    private Optional<WebhookSettings.Endpoint> endpoint(Alert alert) {
        return settings.endpoints().stream()
                .filter(endpoint -> endpoint.organisationId().equals(alert.recipient().organisationId()))
                .findFirst();
    }

    private static Map<String, Object> payload(Alert alert, long timestamp) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", alert.id());
        data.put("organisationId", alert.recipient().organisationId());
        data.put("party", alert.recipient().party().name());
        data.put("dataScope", alert.recipient().dataScope().name());
        data.put("pupilPseudonym", alert.pupilPseudonym());
        putIfPresent(data, "schoolId", alert.schoolId());
        putIfPresent(data, "consolePath", alert.consolePath());
        data.put("titleNl", alert.titleNl());
        data.put("titleEn", alert.titleEn());
        data.put("explanation", alert.explanation());
        data.put("ruleId", alert.rule().ruleId());
        data.put("agreementId", alert.rule().agreementId());
        data.put("agreementVersion", alert.rule().agreementVersion());
        data.put("raisedAt", alert.deliveredAt().toString());
        putIfPresent(data, "acknowledgeBy", alert.dueBy() == null ? null : alert.dueBy().toString());
        putIfPresent(data, "escalationOf", alert.escalationOf());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", EVENT_TYPE);
        payload.put("timestamp", Instant.ofEpochSecond(timestamp).toString());
        payload.put("data", data);
        return payload;
    }

    private static void putIfPresent(Map<String, Object> data, String field, Object value) {
        if (value != null) {
            data.put(field, value);
        }
    }
}
