package org.aanboord.notifications.application;

import java.util.Optional;

import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.DeliveryChannel;

/** One outbound channel (the outbound adapters for SMTP and webhooks implement it). */
public interface AlertSender {

    DeliveryChannel channel();

    /**
     * The circuit breaker (endpoint or mail server) a delivery of this alert goes through, or empty when the
     * recipient cannot be reached on this channel (no e-mail address, no webhook endpoint configured).
     */
    Optional<String> breakerFor(Alert alert);

    /** Hands the alert over; any exception means "not accepted, try again later". */
    void send(Alert alert, String deliveryId) throws Exception;
}
