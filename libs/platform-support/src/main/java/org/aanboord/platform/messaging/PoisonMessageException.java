package org.aanboord.platform.messaging;

/**
 * A record that can never be processed, however often it is retried (unreadable, unknown type, invalid).
 * Bindings are configured not to retry it: it goes straight to the binding's dead-letter topic.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String message) {
        super(message);
    }

    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
