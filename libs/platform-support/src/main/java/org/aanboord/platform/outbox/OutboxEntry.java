package org.aanboord.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.aanboord.platform.messaging.OutgoingEvent;

/**
 * A pending event stored inside the document whose change produced it, so state and event are written in one
 * single-document atomic update (the embedded store has no multi-document transactions). It keeps the trace context
 * of its cause, so it continues that trace whenever it is relayed, even by the sweep after a crash.
 */
public record OutboxEntry(String eventId, String ceType, String topic, String key, String subject, Instant createdAt,
        String payload, String traceparent) {

    public static OutboxEntry of(OutgoingEvent event) {
        return new OutboxEntry(event.id(), event.ceType(), event.topic(), event.key(), event.subject(), event.time(),
                new String(event.payload(), StandardCharsets.UTF_8), event.traceparent());
    }

    public OutgoingEvent toOutgoingEvent() {
        return new OutgoingEvent(eventId, ceType, topic, key, subject, createdAt,
                payload.getBytes(StandardCharsets.UTF_8), traceparent);
    }
}
