package org.aanboord.platform.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping for events, independent of the web layer's settings: ISO dates, unknown fields ignored
 * (tolerant readers, so producers can add fields inside a v1 topic).
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder().addModule(IsoDates.module()).build();
    /** One reader and one writer per event type, its (de)serializer found once instead of for every record. */
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return mapper.readerFor(type);
        }
    };
    private final ClassValue<ObjectWriter> writers = new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> type) {
            return mapper.writerFor(type);
        }
    };

    public byte[] toBytes(Record event) {
        return writers.get(event.getClass()).writeValueAsBytes(event);
    }

    public <T> T read(byte[] payload, Class<T> type) {
        try {
            return readers.get(type).readValue(payload);
        } catch (JacksonException e) {
            throw new PoisonMessageException("Payload is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
