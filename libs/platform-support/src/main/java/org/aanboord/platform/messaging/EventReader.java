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

    private final EventJson json;

    public EventReader(EventJson json) {
        this.json = json;
    }

    public <T> ReceivedEvent<T> read(Message<byte[]> message, Class<T> topicInterface) {
        return read(message.getPayload(), message.getHeaders(), topicInterface);
    }

    /** Reads one record of a batch: its payload and its own headers (a batch message carries them as a list). */
    public <T> ReceivedEvent<T> read(byte[] payload, Map<String, ?> headers, Class<T> topicInterface) {
        String ceType = header(headers, CloudEventHeaders.TYPE);
        String id = header(headers, CloudEventHeaders.ID);
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
    private static String header(Map<String, ?> headers, String name) {
        for (String candidate : new String[] {name, name.replace("ce_", "ce-")}) {
            String value = text(headers.get(candidate));
            if (value != null) {
                return value;
            }
        }
        throw new PoisonMessageException("Missing CloudEvents header '" + name + "'");
    }
}
