package org.aanboord.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.EventType;
import org.aanboord.platform.tracing.TraceParents;
import org.springframework.messaging.Message;

/**
 * Reads a Kafka record into its contract record using the {@code ce_type} header. Anything unreadable is a
 * {@link PoisonMessageException}, which the bindings send to their dead-letter topic without retrying.
 */
public final class EventReader {

    private static final String CANONICAL_TYPE = CloudEventHeaders.TYPE.replace("ce_", "ce-");
    private static final String CANONICAL_ID = CloudEventHeaders.ID.replace("ce_", "ce-");

    private final EventJson json;

    public EventReader(EventJson json) {
        this.json = json;
    }

    public <T> ReceivedEvent<T> read(Message<byte[]> message, Class<T> topicInterface) {
        return read(message.getPayload(), message.getHeaders(), topicInterface);
    }

    /** Reads one record of a batch: its payload and its own headers (a batch message carries them as a list). */
    public <T> ReceivedEvent<T> read(byte[] payload, Map<String, ?> headers, Class<T> topicInterface) {
        return read(payload, header(headers, CloudEventHeaders.TYPE, CANONICAL_TYPE),
                header(headers, CloudEventHeaders.ID, CANONICAL_ID), topicInterface);
    }

    /** Reads one record read straight from Kafka: its payload and the values of its type and id headers, or null. */
    public <T> ReceivedEvent<T> read(byte[] payload, String ceType, String id, Class<T> topicInterface) {
        required(ceType, CloudEventHeaders.TYPE);
        required(id, CloudEventHeaders.ID);
        EventType type = EventCatalog.byCeType(ceType)
                .orElseThrow(() -> new PoisonMessageException("Unknown event type '" + ceType + "'"));
        if (!topicInterface.isAssignableFrom(type.javaType())) {
            throw new PoisonMessageException("Event type '" + ceType + "' does not belong on this topic");
        }
        Object event = json.read(payload, type.javaType());
        return new ReceivedEvent<>(id, ceType, topicInterface.cast(event));
    }

    /** The record's W3C trace context, or null when it came without one. */
    public String traceparent(Map<String, ?> headers) {
        return text(headers.get(TraceParents.HEADER));
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes && bytes.length > 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof String text && !text.isBlank()) {
            return text;
        }
        return null;
    }

    /** Spring Cloud Function may hand CloudEvents attributes over with the canonical {@code ce-} prefix. */
    private static String header(Map<String, ?> headers, String name, String canonicalName) {
        String value = text(headers.get(name));
        return value != null ? value : text(headers.get(canonicalName));
    }

    private static void required(String value, String header) {
        if (value == null || value.isBlank()) {
            throw new PoisonMessageException("Missing CloudEvents header '" + header + "'");
        }
    }
}
