package org.aanboord.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;

/**
 * The W3C {@code traceparent} an event was caused under, kept with the event so that publishing it later (from the
 * outbox, after a batch, after a crash) continues the trace of its cause instead of starting a new one.
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";

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
}
