package org.aanboord.platform.messaging;

/** An event read from a topic, with its CloudEvents id (the dedupe key). */
public record ReceivedEvent<T>(String id, String ceType, T event) {
}
