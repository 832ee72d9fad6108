package org.aanboord.agreements.adapter.out.persistence;

import org.aanboord.agreements.application.indicators.IndicatorAlarms;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

/** One document per agreement and indicator: its last on-target state and the events still to relay. */
@Repository
class MongoIndicatorAlarms implements IndicatorAlarms {

    static final String COLLECTION = "indicator_status";

    private final MongoTemplate mongo;

    MongoIndicatorAlarms(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Object record(String agreementId, String indicatorId, boolean onTarget, OutboxEntry offTargetEvent) {
        String id = agreementId + ":" + indicatorId;
        // Matches only when the state changes (or is new), so one crossing stores one event.
        Query changes = Query.query(Criteria.where("_id").is(id).and("onTarget").ne(onTarget));
        Update update = new Update().set("onTarget", onTarget);
        if (!onTarget) {
            update.push(OutboxRelay.FIELD, offTargetEvent);
        }
        try {
            UpdateResult result = mongo.upsert(changes, update, COLLECTION);
            boolean changed = result.getModifiedCount() > 0 || result.getUpsertedId() != null;
            return changed && !onTarget ? id : null;
        } catch (DuplicateKeyException unchanged) {
            return null;
        }
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
