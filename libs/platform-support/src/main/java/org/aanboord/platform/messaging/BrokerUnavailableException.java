package org.aanboord.platform.messaging;

/** The broker did not acknowledge in time; nothing may be reported as accepted. Callers answer 503. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
