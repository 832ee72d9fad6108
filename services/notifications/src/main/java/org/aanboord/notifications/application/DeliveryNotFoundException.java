package org.aanboord.notifications.application;

public class DeliveryNotFoundException extends RuntimeException {

    private final String deliveryId;

    public DeliveryNotFoundException(String deliveryId) {
        super("No delivery '" + deliveryId + "'");
        this.deliveryId = deliveryId;
    }

    public String deliveryId() {
        return deliveryId;
    }
}
