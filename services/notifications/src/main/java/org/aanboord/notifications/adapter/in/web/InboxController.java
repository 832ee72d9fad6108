package org.aanboord.notifications.adapter.in.web;

import java.util.List;

import org.aanboord.notifications.application.Inbox;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.security.Caller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/inbox")
@Tag(name = "Inbox", description = "In-app alerts for the organisations a local agreement routes them to")
class InboxController {

    private static final String ORGANISATION_ID = "organisationId";

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "An organisation's alerts, newest first")
    @ApiResponse(responseCode = "400", description = "organisationId is blank")
    @ApiResponse(responseCode = "403", description = "organisationId is not the caller's organisation")
    List<Alert> list(
            @Parameter(description = "Recipient organisation id; only the caller's own (the default)")
            @RequestParam(name = ORGANISATION_ID, required = false) String organisationId,
            @Parameter(description = "Only alerts nobody at the organisation opened yet")
            @RequestParam(defaultValue = "false") boolean unreadOnly, Caller caller)
            throws MissingServletRequestParameterException {
        if (organisationId != null && organisationId.isBlank()) {
            throw new MissingServletRequestParameterException(ORGANISATION_ID, "String");
        }
        return inbox.of(InboxAccess.ownInbox(caller, organisationId), unreadOnly);
    }

    @GetMapping("/{alertId}")
    @Operation(summary = "One alert")
    @ApiResponse(responseCode = "404", description = "No such alert")
    Alert get(@PathVariable String alertId) {
        return inbox.get(alertId);
    }

    @PostMapping("/{alertId}/read")
    @Operation(summary = "Mark an alert read", description = "Records the first read; reading again changes nothing.")
    @ApiResponse(responseCode = "404", description = "No such alert")
    Alert read(@PathVariable String alertId) {
        return inbox.markRead(alertId);
    }

    @PostMapping("/{alertId}/acknowledge")
    @Operation(summary = "Acknowledge an alert: the organisation owns the follow-up",
            description = "Idempotent. The first call records acknowledgedAt and publishes AlertAcknowledged on "
                    + "notifications.outcomes.v1; later calls return the alert unchanged and publish nothing.")
    @ApiResponse(responseCode = "404", description = "No such alert")
    Alert acknowledge(@PathVariable String alertId) {
        return inbox.acknowledge(alertId);
    }
}
