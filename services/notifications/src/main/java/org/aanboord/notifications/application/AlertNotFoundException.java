package org.aanboord.notifications.application;

public class AlertNotFoundException extends RuntimeException {

    private final String alertId;

    public AlertNotFoundException(String alertId) {
        super("No alert '" + alertId + "'");
        this.alertId = alertId;
    }

    public String alertId() {
        return alertId;
    }
}
