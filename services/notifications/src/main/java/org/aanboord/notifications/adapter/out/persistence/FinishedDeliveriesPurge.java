package org.aanboord.notifications.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.notifications.domain.DeliveryStatus;
import org.aanboord.platform.retention.PurgeCategory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Mail and webhook deliveries (the delivery log of an alert) whose retrying started longer ago than the retention
 * and that are finished: delivered, or dead. A delivery still pending is never deleted. Default: 400 days, as the
 * alerts they deliver (docs/security.md).
 */
@Component
class FinishedDeliveriesPurge implements PurgeCategory {

    private final MongoTemplate mongo;

    FinishedDeliveriesPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "deliveries";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(400);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        return mongo.remove(query(where("delivery.status").in(DeliveryStatus.DELIVERED, DeliveryStatus.DEAD)
                .and("delivery.horizonStart").lt(cutoff)), DeliveryDocument.class).getDeletedCount();
    }
}
