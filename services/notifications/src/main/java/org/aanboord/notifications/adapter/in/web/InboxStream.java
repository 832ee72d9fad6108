package org.aanboord.notifications.adapter.in.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.notifications.application.AlertPosted;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Pushes an organisation's new and acknowledged alerts to open consoles as server-sent events (event name
 * {@code alert}, id = alert id, data = the alert as in the inbox). Only alerts handled by this instance are pushed;
 * a console that reconnects reloads the inbox.
 */
@RestController
@Tag(name = "Inbox")
class InboxStream {

    private static final String ORGANISATION_ID = "organisationId";

    private final Map<String, Set<SseEmitter>> open = new ConcurrentHashMap<>();

    @GetMapping(path = "/api/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live alerts for the caller's organisation (server-sent events)")
    SseEmitter stream(@RequestParam(name = ORGANISATION_ID, required = false) String requested, Caller caller)
            throws MissingServletRequestParameterException {
        if (requested != null && requested.isBlank()) {
            throw new MissingServletRequestParameterException(ORGANISATION_ID, "String");
        }
        String organisationId = InboxAccess.ownInbox(caller, requested);
        SseEmitter emitter = new SseEmitter(0L);
        Set<SseEmitter> emitters = open.computeIfAbsent(organisationId, id -> ConcurrentHashMap.newKeySet());
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(error -> emitters.remove(emitter));
        return emitter;
    }

    @EventListener
    void push(AlertPosted posted) {
        Alert alert = posted.alert();
        for (SseEmitter emitter : open.getOrDefault(alert.recipient().organisationId(), Set.of())) {
            try {
                emitter.send(SseEmitter.event().name("alert").id(alert.id()).data(alert, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        }
    }
}
