package org.aanboord.notifications.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.aanboord.notifications.application.AlertStore;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoAlertStore implements AlertStore {

    static final String COLLECTION = "alerts";

    private static final String ORGANISATION = "alert.recipient.organisationId";
    private static final String DELIVERED_AT = "alert.deliveredAt";
    private static final String READ_AT = "alert.readAt";
    private static final String ACKNOWLEDGED_AT = "alert.acknowledgedAt";
    private static final String DUE_BY = "alert.dueBy";
    private static final String ESCALATED_AT = "alert.escalatedAt";

    private final MongoTemplate mongo;

    MongoAlertStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // Every inbox read filters by organisation and sorts by delivery time.
        mongo.indexOps(COLLECTION).createIndex(new Index().on(ORGANISATION, Sort.Direction.ASC)
                .on(DELIVERED_AT, Sort.Direction.DESC));
    }

    @Override
    public boolean insertIfAbsent(Alert alert, OutboxEntry delivered) {
        try {
            mongo.insert(new AlertDocument(alert.id(), alert, List.of(delivered)));
            return true;
        } catch (DuplicateKeyException alreadyDelivered) {
            return false;
        }
    }

    @Override
    public Optional<Alert> find(String alertId) {
        return Optional.ofNullable(mongo.findById(alertId, AlertDocument.class)).map(AlertDocument::alert);
    }

    @Override
    public List<Alert> inbox(String organisationId, boolean unreadOnly) {
        Criteria criteria = Criteria.where(ORGANISATION).is(organisationId);
        if (unreadOnly) {
            criteria = criteria.and(READ_AT).is(null);
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc(DELIVERED_AT), Sort.Order.asc("_id")));
        return mongo.find(query, AlertDocument.class).stream().map(AlertDocument::alert).toList();
    }

    @Override
    public void markRead(String alertId, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(alertId).and(READ_AT).is(null)),
                new Update().set(READ_AT, at), AlertDocument.class);
    }

    @Override
    public boolean acknowledge(String alertId, Instant at, OutboxEntry acknowledged) {
        Update update = new Update().set(ACKNOWLEDGED_AT, at).push(OutboxRelay.FIELD, acknowledged);
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(alertId).and(ACKNOWLEDGED_AT).is(null)),
                update, AlertDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void appendOutbox(String alertId, OutboxEntry event) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(alertId)), new Update().push(OutboxRelay.FIELD, event),
                AlertDocument.class);
    }

    @Override
    public List<Alert> awaitingAcknowledgement() {
        Query query = Query.query(Criteria.where(DUE_BY).ne(null).and(ACKNOWLEDGED_AT).is(null).and(ESCALATED_AT).is(null));
        return mongo.find(query, AlertDocument.class).stream().map(AlertDocument::alert).toList();
    }

    @Override
    public boolean markEscalated(String alertId, Instant at, List<OutboxEntry> escalated) {
        Update update = new Update().set(ESCALATED_AT, at);
        if (!escalated.isEmpty()) {
            update.push(OutboxRelay.FIELD).each(escalated.toArray());
        }
        Query unhandled = Query.query(Criteria.where("_id").is(alertId).and(ACKNOWLEDGED_AT).is(null)
                .and(ESCALATED_AT).is(null));
        return mongo.updateFirst(unhandled, update, AlertDocument.class).getModifiedCount() == 1;
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
