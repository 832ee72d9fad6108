package org.aanboord.cases.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.platform.retention.PurgeCategory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Closed cases, with everything they hold (signals, actions, notes, contacts, conferences, referrals, support plan,
 * history), deleted when they were closed longer ago than the retention. Only {@code CLOSED} cases match: an open
 * case, or one on hold, is never deleted, however old. Default: two years after closing (docs/security.md).
 */
@Component
class ClosedCasesPurge implements PurgeCategory {

    private final MongoTemplate mongo;

    ClosedCasesPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "closed-cases";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(730);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return mongo.remove(query(where("status").is(CaseStatus.CLOSED).and("closure.closedAt").lt(cutoff)),
                CaseDocument.class).getDeletedCount();
    }
}
