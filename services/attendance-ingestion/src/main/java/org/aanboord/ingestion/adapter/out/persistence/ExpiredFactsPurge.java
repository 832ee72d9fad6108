package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.platform.retention.PurgeCategory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Entries of the enrolment and signal ledger ({@code pupil_facts}) recorded longer ago than the retention. Default:
 * 400 days, as long as the topics keep the facts (docs/security.md).
 */
@Component
class ExpiredFactsPurge implements PurgeCategory {

    private final MongoTemplate mongo;

    ExpiredFactsPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(400);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return mongo.remove(query(where("recordedAt").lt(cutoff)), MongoFactLedger.FactEntry.class).getDeletedCount();
    }
}
