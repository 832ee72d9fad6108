package org.aanboord.notifications.domain;

public enum DeliveryStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** The mail server or the webhook receiver accepted it. */
    DELIVERED,
    /** Not accepted within the retry horizon; an operator was alerted and may resend it. */
    DEAD
}
