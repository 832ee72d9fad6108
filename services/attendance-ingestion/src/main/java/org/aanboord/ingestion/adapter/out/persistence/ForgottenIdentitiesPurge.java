package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;

import org.aanboord.platform.retention.PurgeCategory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Identity vault entries (national number, school links) of pupils no request has named for longer than the
 * retention: {@code lastLinkedAt} before the cutoff, or {@code firstLinkedAt} for an entry written before
 * {@code lastLinkedAt} existed. The pseudonymous data elsewhere stays; it can then no longer be re-identified.
 * Default: four years, longer than any downstream pupil data that may need re-identification (docs/security.md).
 */
@Component
class ForgottenIdentitiesPurge implements PurgeCategory {

    private final MongoTemplate mongo;

    ForgottenIdentitiesPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "identities";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(1460);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        Criteria notSeen = new Criteria().orOperator(
                where(MongoIdentityVault.LAST_LINKED_AT).lt(cutoff),
                where(MongoIdentityVault.LAST_LINKED_AT).is(null).and("firstLinkedAt").lt(cutoff));
        return mongo.remove(query(notSeen), MongoIdentityVault.COLLECTION).getDeletedCount();
    }
}
