package org.aanboord.platform.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping for events, independent of the web layer's settings: ISO dates, unknown fields ignored
 * (tolerant readers, so producers can add fields inside a v1 topic).
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder().addModule(IsoDates.module()).build();

    public byte[] toBytes(Record event) {
        return mapper.writeValueAsBytes(event);
    }

    public <T> T read(byte[] payload, Class<T> type) {
        try {
            return mapper.readValue(payload, type);
        } catch (JacksonException e) {
            throw new PoisonMessageException("Payload is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
