package org.aanboord.platform.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * One category of pupil data a service stores and must delete once it is past its retention (docs/security.md,
 * "Retention"). A service declares one bean per category; {@link RetentionPurgeJob} purges them all.
 */
public interface PurgeCategory {

    /** The category's name in {@code aanboord.retention.categories.<name>}, the report and the metric tag. */
    String name();

    /** How long the data is kept when {@code aanboord.retention.categories.<name>} is not set. */
    Duration defaultRetention();

    /**
     * Deletes this category's data older than the cutoff with explicit deletes, one where it can (never a TTL
     * index: the embedded store does not expire documents). Data still in use (an open case) is never deleted,
     * whatever its age.
     *
     * @return how many documents (or, where the category says so, parts of documents) were deleted
     */
    long purgeOlderThan(Instant cutoff);
}
