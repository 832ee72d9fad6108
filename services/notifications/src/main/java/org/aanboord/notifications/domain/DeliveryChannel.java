package org.aanboord.notifications.domain;

/** The channels besides the in-app inbox; each delivery of an alert goes over exactly one. */
public enum DeliveryChannel {
    EMAIL,
    WEBHOOK
}
