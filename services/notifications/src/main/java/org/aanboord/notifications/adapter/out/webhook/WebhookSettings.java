package org.aanboord.notifications.adapter.out.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook endpoints of recipient organisations ({@code aanboord.notifications.webhooks.*}), e.g. a municipality's
 * case system. Secrets come from the environment, e.g. {@code AANBOORD_NOTIFICATIONS_WEBHOOKS_ENDPOINTS_0_SECRET}.
 */
@ConfigurationProperties("aanboord.notifications.webhooks")
public record WebhookSettings(List<Endpoint> endpoints, @DefaultValue("5s") Duration timeout) {

    public WebhookSettings {
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
    }

    /**
     * @param secret Standard Webhooks secret: {@code whsec_} followed by the base64 key
     */
    public record Endpoint(String organisationId, String url, String secret) {

        @Override
        public String toString() {
            return "Endpoint[" + organisationId + " → " + url + "]";
        }
    }
}
