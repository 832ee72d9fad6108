package org.aanboord.platform.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Deletes every {@link PurgeCategory} of the service past its retention, nightly by {@code aanboord.retention.cron}
 * or when an administrator asks ({@code POST /api/admin/retention-runs}), and stores a {@link RetentionReport} of
 * each run. Runs are serialised within an instance; two instances running at once delete the same documents, which
 * is harmless (each report then counts what its own deletes removed).
 */
public class RetentionPurgeJob {

    public static final String SCHEDULE = "schedule";
    static final String METRIC = "aanboord.retention.purged";
    private static final Logger log = LoggerFactory.getLogger(RetentionPurgeJob.class);

    private final List<PurgeCategory> categories;
    private final RetentionProperties properties;
    private final RetentionReports reports;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RetentionPurgeJob(List<PurgeCategory> categories, RetentionProperties properties, RetentionReports reports,
            MeterRegistry meters, ApplicationEventPublisher events, Clock clock) {
        this.categories = List.copyOf(categories);
        this.properties = properties;
        this.reports = reports;
        this.meters = meters;
        this.events = events;
        this.clock = clock;
        this.categories.forEach(this::counter);
    }

    @Scheduled(cron = "${aanboord.retention.cron:" + RetentionProperties.DEFAULT_CRON + "}", zone = "Europe/Brussels")
    void nightly() {
        run(SCHEDULE);
    }

    /** Purges every category now and returns the stored report. */
    public synchronized RetentionReport run(String triggeredBy) {
        Instant startedAt = clock.instant();
        List<RetentionReport.CategoryResult> results = new ArrayList<>();
        for (PurgeCategory category : categories) {
            Instant cutoff = startedAt.minus(properties.retentionOf(category));
            long deleted = category.purgeOlderThan(cutoff);
            counter(category).increment(deleted);
            results.add(new RetentionReport.CategoryResult(category.name(), properties.retentionOf(category), cutoff,
                    deleted));
            log.info("Retention purge: {} older than {} deleted: {}", category.name(), cutoff, deleted);
        }
        RetentionReport report = new RetentionReport(UUID.randomUUID().toString(), triggeredBy, startedAt,
                clock.instant(), results);
        reports.save(report);
        events.publishEvent(new RetentionRunCompleted(report));
        log.info("Retention purge run {} ({}) deleted {} documents", report.runId(), triggeredBy, report.totalDeleted());
        return report;
    }

    private Counter counter(PurgeCategory category) {
        return Counter.builder(METRIC).tag("category", category.name())
                .description("Documents deleted by the retention purge, per data category").register(meters);
    }
}
