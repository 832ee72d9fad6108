package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.aanboord.platform.retention.PurgeCategory;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Half-days of the registration ledger recorded longer ago than the retention, removed from their pupil's document
 * ({@code $unset} of the field); a document left without any half-day is deleted. The ledger is read in chunks of
 * {@value #PUPILS_PER_CHUNK} documents in {@code _id} order, so a run never holds the whole ledger. Default: 400 days,
 * as long as the registrations topic keeps them (docs/security.md). Counts the half-days removed.
 */
@Component
class ExpiredHalfDaysPurge implements PurgeCategory {

    private static final int PUPILS_PER_CHUNK = 500;
    private static final String HALF_DAYS = MongoRegistrationLedger.HALF_DAYS;

    private final MongoTemplate mongo;

    ExpiredHalfDaysPurge(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "registrations";
    }

    @Override
    public Duration defaultRetention() {
        return Duration.ofDays(400);
    }

    @Override
    public long purgeOlderThan(Instant cutoff) {
        Date before = Date.from(cutoff);
        long removed = 0;
        String after = null;
        List<Document> chunk;
        do {
            Query next = after == null ? new Query() : query(where("_id").gt(after));
            next.with(Sort.by("_id")).limit(PUPILS_PER_CHUNK).fields().include(HALF_DAYS);
            chunk = mongo.find(next, Document.class, MongoRegistrationLedger.COLLECTION);
            for (Document pupil : chunk) {
                removed += purge(pupil, before);
                after = pupil.getString("_id");
            }
        } while (chunk.size() == PUPILS_PER_CHUNK);
        return removed;
    }

    private long purge(Document pupil, Date before) {
        Document halfDays = pupil.get(HALF_DAYS, new Document());
        List<String> expired = halfDays.keySet().stream()
                .filter(field -> recordedBefore(halfDays.get(field), before)).toList();
        if (expired.isEmpty()) {
            return 0;
        }
        Query same = query(where("_id").is(pupil.getString("_id")));
        // The whole document only if no half-day came in since the read (it would be a field not among these).
        if (expired.size() == halfDays.size() && mongo.remove(Query.of(same).addCriteria(where(HALF_DAYS).is(halfDays)),
                MongoRegistrationLedger.COLLECTION).getDeletedCount() == 1) {
            return expired.size();
        }
        Update unset = new Update();
        expired.forEach(field -> unset.unset(HALF_DAYS + "." + field));
        mongo.updateFirst(same, unset, MongoRegistrationLedger.COLLECTION);
        return expired.size();
    }

    private static boolean recordedBefore(Object halfDay, Date before) {
        Date recordedAt = LedgerEntries.recordedAt(halfDay);
        return recordedAt != null && recordedAt.before(before);
    }
}
