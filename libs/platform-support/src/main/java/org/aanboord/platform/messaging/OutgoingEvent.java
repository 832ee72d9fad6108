package org.aanboord.platform.messaging;

import java.time.Instant;
import java.util.UUID;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.EventType;

/**
 * An event ready for the wire: CloudEvents attributes, the record key and the JSON payload.
 *
 * @param id      {@code ce_id}; consumers use it as the dedupe key
 * @param subject {@code ce_subject}; the id of the thing the event is about (pupil pseudonym, case id, ...)
 */
public record OutgoingEvent(String id, String ceType, String topic, String key, String subject, Instant time,
        byte[] payload) {

    /** Builds an event for a catalog record with a fresh id. */
    public static OutgoingEvent of(Record event, String key, String subject, EventJson json) {
        return of(UUID.randomUUID().toString(), event, key, subject, json);
    }

    /** Builds an event with a caller-chosen id, for events that must keep the same id when recomputed. */
    public static OutgoingEvent of(String id, Record event, String key, String subject, EventJson json) {
        EventType type = EventCatalog.of(event.getClass());
        return new OutgoingEvent(id, type.ceType(), type.topic().wireName(), key, subject, Instant.now(),
                json.toBytes(event));
    }
}
