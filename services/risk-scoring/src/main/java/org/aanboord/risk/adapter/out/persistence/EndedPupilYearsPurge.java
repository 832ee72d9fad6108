package org.aanboord.risk.adapter.out.persistence;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.platform.retention.PurgeCategory;
import org.aanboord.platform.retention.SchoolYears;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;

/**
 * Pupil-years (counters, signals, outcome) with their assessment history, deleted when their school year ended
 * (31 August) longer ago than the retention. The current school year is never deleted, whatever the retention.
 * Default: two years after the school year ended (docs/security.md).
 */
@Component
class EndedPupilYearsPurge implements PurgeCategory {

    private final MongoTemplate mongo;

    EndedPupilYearsPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "pupil-years";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(730);
    }

    /** Counts the pupil-years deleted; their history entries go with them (history first, as the store saves). */
    @Override
    public long purgeOlderThan(Instant cutoff) {
        String lastEnded = SchoolYears.lastEndedBy(cutoff);
        mongo.getCollection(MongoScoringStore.HISTORY).deleteMany(Filters.lte("schoolYear", lastEnded));
        return mongo.getCollection(MongoScoringStore.COLLECTION).deleteMany(Filters.lte("schoolYear", lastEnded))
                .getDeletedCount();
    }
}
