package org.aanboord.notifications.adapter.in.web;

import java.util.List;

import org.aanboord.notifications.application.Deliveries;
import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Deliveries", description = "E-mail and webhook deliveries of alerts: the delivery log and resending")
class DeliveryController {

    private final Deliveries deliveries;

    DeliveryController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/inbox/{alertId}/deliveries")
    @Operation(summary = "How an alert went out by e-mail and webhook: status, attempts, next attempt, last error")
    @ApiResponse(responseCode = "404", description = "No such alert")
    List<Delivery> ofAlert(@PathVariable String alertId) {
        return deliveries.ofAlert(alertId);
    }

    @GetMapping("/api/deliveries")
    @Operation(summary = "Deliveries in one state, oldest first; status=DEAD lists what needs an operator")
    @ApiResponse(responseCode = "400", description = "status is not PENDING, DELIVERED or DEAD")
    List<Delivery> withStatus(@RequestParam DeliveryStatus status) {
        return deliveries.withStatus(status);
    }

    @PostMapping("/api/deliveries/{deliveryId}/resend")
    @Operation(summary = "Send a delivery again from scratch",
            description = "Back to PENDING with attempts and retry horizon reset; the next round sends it.")
    @ApiResponse(responseCode = "404", description = "No such delivery")
    Delivery resend(@PathVariable String deliveryId) {
        return deliveries.resend(deliveryId);
    }
}
