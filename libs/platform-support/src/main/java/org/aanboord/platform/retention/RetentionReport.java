package org.aanboord.platform.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * What one purge run deleted, stored in the service's {@code retention_reports} collection.
 *
 * @param runId       unique id of the run
 * @param triggeredBy {@code schedule}, or the user who asked for the run
 * @param categories  per category: the retention applied, the cutoff and how many documents were deleted
 */
public record RetentionReport(@Id String runId, String triggeredBy, Instant startedAt, Instant finishedAt,
        List<CategoryResult> categories) {

    public long totalDeleted() {
        return categories.stream().mapToLong(CategoryResult::deleted).sum();
    }

    /** The outcome of one category: everything older than {@code cutoff} ({@code now - retention}) is gone. */
    public record CategoryResult(String category, Duration retention, Instant cutoff, long deleted) {
    }
}
