package org.aanboord.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.EventType;
import org.aanboord.platform.tracing.TraceParents;

/**
 * An event ready for the wire: CloudEvents attributes, the record key and the JSON payload.
 *
 * @param id      {@code ce_id}; consumers use it as the dedupe key
 * @param subject     {@code ce_subject}; the id of the thing the event is about (pupil pseudonym, case id, ...)
 * @param traceparent the W3C trace context of what caused the event, published with it; null outside any trace
 */
public record OutgoingEvent(String id, String ceType, String topic, String key, String subject, Instant time,
        byte[] payload, String traceparent) {

    /** Builds an event for a catalog record with a fresh id. */
    public static OutgoingEvent of(Record event, String key, String subject, EventJson json) {
        return of(UUID.randomUUID().toString(), event, key, subject, json);
    }

    /**
     * Builds an event with a caller-chosen id, for events that must keep the same id when recomputed. It is caused
     * by what the current trace is about.
     */
    public static OutgoingEvent of(String id, Record event, String key, String subject, EventJson json) {
        return of(id, event, json.toBytes(event), key, subject);
    }

    /** Like {@link #of(String, Record, String, String, EventJson)}, with the payload written by the caller. */
    public static OutgoingEvent of(String id, Record event, byte[] payload, String key, String subject) {
        EventType type = EventCatalog.of(event.getClass());
        return new OutgoingEvent(id, type.ceType(), type.topic().wireName(), key, subject, Instant.now(), payload,
                TraceParents.current());
    }

    /** The same event caused by the record or request that traceparent names (when the caller knows better). */
    public OutgoingEvent causedBy(String causeTraceparent) {
        return causeTraceparent == null ? this
                : new OutgoingEvent(id, ceType, topic, key, subject, time, payload, causeTraceparent);
    }
}
