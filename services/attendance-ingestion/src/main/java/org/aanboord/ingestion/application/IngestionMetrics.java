package org.aanboord.ingestion.application;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The service's own meters; tags stay low-cardinality (field and rule names, never ids). */
public class IngestionMetrics {

    private final MeterRegistry meters;
    private final DistributionSummary batchSizes;
    private final Timer publishLatency;

    public IngestionMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.batchSizes = DistributionSummary.builder("attendance.batches.size")
                .description("Rows per batch request").baseUnit("rows").publishPercentileHistogram().register(meters);
        this.publishLatency = Timer.builder("attendance.publish.latency")
                .description("From the first send to the broker's acknowledgement of the last event of a request")
                .publishPercentileHistogram().register(meters);
    }

    void batch(int rows) {
        batchSizes.record(rows);
    }

    <T> T timePublish(Supplier<T> publish) {
        return publishLatency.record(publish);
    }

    void accepted(String kind, int count) {
        if (count > 0) {
            meters.counter("attendance.registrations.accepted", "kind", kind).increment(count);
        }
    }

    void duplicates(int count) {
        if (count > 0) {
            meters.counter("attendance.registrations.duplicate").increment(count);
        }
    }

    void rejectedLines(List<RowError> errors) {
        Map<List<String>, Long> byReason = errors.stream()
                .collect(Collectors.groupingBy(error -> List.of(error.field(), error.rule()), Collectors.counting()));
        byReason.forEach((reason, count) -> meters.counter("attendance.registrations.rejected",
                "field", reason.get(0), "rule", reason.get(1)).increment(count));
    }

    /** For enrolments and signals: one counter per kind and outcome. */
    void counted(String name, String kind, String outcome, int count) {
        if (count > 0) {
            meters.counter(name, "kind", kind, "outcome", outcome).increment(count);
        }
    }
}
