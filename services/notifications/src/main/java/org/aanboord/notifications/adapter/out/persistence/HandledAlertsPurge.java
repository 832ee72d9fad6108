package org.aanboord.notifications.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.platform.retention.PurgeCategory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Inbox alerts (the sent-ledger) delivered longer ago than the retention and handled as long ago: acknowledged, or
 * escalated, before the cutoff, or never awaiting an acknowledgement (no deadline). An alert still waiting for its
 * acknowledgement before it escalates is never deleted, however old. Default: 400 days, as long as the topics a
 * replay reads, so a replayed crossing still finds its alert in the sent-ledger (docs/security.md).
 */
@Component
class HandledAlertsPurge implements PurgeCategory {

    private static final String ACKNOWLEDGED_AT = "alert.acknowledgedAt";

    private final MongoTemplate mongo;

    HandledAlertsPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "alerts";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(400);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        Criteria handled = new Criteria().orOperator(
                where(ACKNOWLEDGED_AT).lt(cutoff),
                where(ACKNOWLEDGED_AT).is(null).and("alert.dueBy").is(null),
                where(ACKNOWLEDGED_AT).is(null).and("alert.escalatedAt").lt(cutoff));
        return mongo.remove(query(where("alert.deliveredAt").lt(cutoff).andOperator(handled)), AlertDocument.class)
                .getDeletedCount();
    }
}
