package org.aanboord.console.adapter.in.web;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.aanboord.console.adapter.out.services.NotificationsClient;
import org.aanboord.console.adapter.out.services.NotificationsClient.AlertView;
import org.aanboord.console.signin.ConsoleUser;
import org.aanboord.console.signin.SignedInRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import tools.jackson.databind.json.JsonMapper;

/**
 * Live inbox: relays the notifications service's server-sent events for the user's organisation to the browser,
 * each alert already rendered as the inbox row htmx inserts at the top. The browser never talks to the service.
 */
@RestController
class InboxStreamProxy implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboxStreamProxy.class);

    private final NotificationsClient notifications;
    private final SpringTemplateEngine templates;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService relays = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "inbox-stream-relay");
        thread.setDaemon(true);
        return thread;
    });

    InboxStreamProxy(NotificationsClient notifications, SpringTemplateEngine templates, JsonMapper json) {
        this.notifications = notifications;
        this.templates = templates;
        this.json = json;
    }

    @GetMapping(path = "/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@ModelAttribute("user") ConsoleUser user, Locale locale) {
        String token = SignedInRequest.current().orElseThrow().accessToken();
        HttpRequest upstream = HttpRequest.newBuilder(notifications.streamOf(user.organisationId()))
                .header("Accept", MediaType.TEXT_EVENT_STREAM_VALUE)
                .header("Authorization", "Bearer " + token)
                .GET().build();
        SseEmitter emitter = new SseEmitter(0L);
        AtomicReference<Stream<String>> lines = new AtomicReference<>();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable close = () -> {
            closed.set(true);
            Stream<String> open = lines.get();
            if (open != null) {
                open.close();
            }
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        relays.execute(() -> relay(upstream, emitter, lines, closed, locale));
        return emitter;
    }

    private void relay(HttpRequest upstream, SseEmitter emitter, AtomicReference<Stream<String>> lines,
            AtomicBoolean closed, Locale locale) {
        try {
            HttpResponse<Stream<String>> response = http.send(upstream, HttpResponse.BodyHandlers.ofLines());
            lines.set(response.body());
            StringBuilder data = new StringBuilder();
            String event = null;
            for (Iterator<String> it = response.body().iterator(); it.hasNext();) {
                String line = it.next();
                if (line.isEmpty()) {
                    if ("alert".equals(event) && !data.isEmpty()) {
                        forward(emitter, json.readValue(data.toString(), AlertView.class), locale);
                    }
                    data.setLength(0);
                    event = null;
                } else if (line.startsWith("event:")) {
                    event = line.substring("event:".length()).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring("data:".length()));
                }
            }
            emitter.complete();
        } catch (IOException | RuntimeException e) {
            if (closed.get()) {
                return; // the browser left and the upstream was closed on purpose
            }
            log.warn("inbox stream from notifications ended: {}", e.toString());
            emitter.completeWithError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    /** A new alert goes on top of the list; an acknowledged one replaces its row (an htmx out-of-band swap). */
    private void forward(SseEmitter emitter, AlertView alert, Locale locale) throws IOException {
        boolean changed = alert.acknowledged();
        String row = templates.process("fragments/alert", Set.of("row"),
                new Context(locale, Map.of("alert", alert, "oob", changed, "fmt", Formats.INSTANCE)));
        emitter.send(SseEmitter.event().name(changed ? "alert-changed" : "alert").id(alert.id())
                .data(row, MediaType.TEXT_HTML));
    }

    @Override
    public void destroy() {
        relays.shutdownNow();
    }
}
