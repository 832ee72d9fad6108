package org.aanboord.platform.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} an event was caused under, kept with the event so that publishing it later (from the
 * outbox, after a batch, after a crash) continues the trace of its cause instead of starting a new one.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The current span's traceparent, or null outside any trace. */
    public static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /**
     * Runs work with the span the traceparent names as the current one, so a record it sends (the observed
     * KafkaTemplate opens a child span) continues that trace. Without a traceparent the work runs as it is.
     */
    public static <T> T within(String traceparent, Supplier<T> work) {
        if (traceparent == null) {
            return work.get();
        }
        Context cause = W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent),
                FROM_MAP);
        try (Scope scope = cause.makeCurrent()) {
            return work.get();
        }
    }
}
