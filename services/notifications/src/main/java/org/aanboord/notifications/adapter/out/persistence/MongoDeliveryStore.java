package org.aanboord.notifications.adapter.out.persistence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.aanboord.notifications.application.DeliveryStore;
import org.aanboord.notifications.domain.Delivery;
import org.aanboord.notifications.domain.DeliveryStatus;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoDeliveryStore implements DeliveryStore {

    static final String COLLECTION = "deliveries";

    private static final String COUNTERS = "counters";
    private static final String ALERT = "delivery.alertId";
    private static final String LANE = "delivery.lane";
    private static final String SEQUENCE = "delivery.sequence";
    private static final String STATUS = "delivery.status";
    private static final String ATTEMPTS = "delivery.attempts";
    private static final String NEXT_ATTEMPT_AT = "delivery.nextAttemptAt";
    private static final String HORIZON_START = "delivery.horizonStart";
    private static final String LAST_ERROR = "delivery.lastError";
    private static final String DELIVERED_AT = "delivery.deliveredAt";
    private static final String LEASE_UNTIL = "leaseUntil";

    private final MongoTemplate mongo;

    MongoDeliveryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        // The dispatcher asks for due deliveries and for the head of a lane.
        mongo.indexOps(COLLECTION).createIndex(new Index().on(STATUS, Sort.Direction.ASC)
                .on(NEXT_ATTEMPT_AT, Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on(LANE, Sort.Direction.ASC)
                .on(SEQUENCE, Sort.Direction.ASC));
    }

    @Override
    public void planIfAbsent(Delivery delivery) {
        try {
            mongo.insert(new DeliveryDocument(delivery.id(), delivery, null));
        } catch (DuplicateKeyException alreadyPlanned) {
            // planned before: keep its state
        }
    }

    @Override
    public long nextSequence() {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(COLLECTION)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COUNTERS);
        return ((Number) counter.get("value")).longValue();
    }

    @Override
    public List<String> lanesWithDue(Instant now) {
        Query due = Query.query(Criteria.where(STATUS).is(DeliveryStatus.PENDING.name()).and(NEXT_ATTEMPT_AT).lte(now))
                .with(Sort.by(SEQUENCE));
        return List.copyOf(mongo.find(due, DeliveryDocument.class).stream()
                .map(document -> document.delivery().lane())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public Optional<Delivery> head(String lane) {
        Query oldest = Query.query(Criteria.where(LANE).is(lane).and(STATUS).is(DeliveryStatus.PENDING.name()))
                .with(Sort.by(SEQUENCE)).limit(1);
        return Optional.ofNullable(mongo.findOne(oldest, DeliveryDocument.class)).map(DeliveryDocument::delivery);
    }

    @Override
    public Optional<Delivery> claim(String deliveryId, Instant now, Instant leaseUntil) {
        Query free = Query.query(Criteria.where("_id").is(deliveryId).and(STATUS).is(DeliveryStatus.PENDING.name())
                .orOperator(Criteria.where(LEASE_UNTIL).is(null), Criteria.where(LEASE_UNTIL).lte(now)));
        DeliveryDocument claimed = mongo.findAndModify(free, new Update().set(LEASE_UNTIL, leaseUntil),
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class);
        return Optional.ofNullable(claimed).map(DeliveryDocument::delivery);
    }

    @Override
    public void markDelivered(String deliveryId, int attempts, Instant at) {
        update(deliveryId, new Update().set(STATUS, DeliveryStatus.DELIVERED.name()).set(ATTEMPTS, attempts)
                .set(DELIVERED_AT, at).set(LAST_ERROR, null).unset(LEASE_UNTIL));
    }

    @Override
    public void retryAt(String deliveryId, int attempts, Instant nextAttemptAt, String error) {
        update(deliveryId, new Update().set(ATTEMPTS, attempts).set(NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(LAST_ERROR, error).unset(LEASE_UNTIL));
    }

    @Override
    public void markDead(String deliveryId, int attempts, String error) {
        update(deliveryId, new Update().set(STATUS, DeliveryStatus.DEAD.name()).set(ATTEMPTS, attempts)
                .set(LAST_ERROR, error).unset(LEASE_UNTIL));
    }

    @Override
    public Optional<Delivery> resend(String deliveryId, Instant now) {
        Update fresh = new Update().set(STATUS, DeliveryStatus.PENDING.name()).set(ATTEMPTS, 0)
                .set(HORIZON_START, now).set(NEXT_ATTEMPT_AT, now).set(DELIVERED_AT, null).unset(LEASE_UNTIL);
        DeliveryDocument reset = mongo.findAndModify(Query.query(Criteria.where("_id").is(deliveryId)), fresh,
                FindAndModifyOptions.options().returnNew(true), DeliveryDocument.class);
        return Optional.ofNullable(reset).map(DeliveryDocument::delivery);
    }

    @Override
    public Optional<Delivery> find(String deliveryId) {
        return Optional.ofNullable(mongo.findById(deliveryId, DeliveryDocument.class)).map(DeliveryDocument::delivery);
    }

    @Override
    public List<Delivery> ofAlert(String alertId) {
        return mongo.find(Query.query(Criteria.where(ALERT).is(alertId)).with(Sort.by(SEQUENCE)), DeliveryDocument.class)
                .stream().map(DeliveryDocument::delivery).toList();
    }

    @Override
    public List<Delivery> withStatus(DeliveryStatus status) {
        return mongo.find(Query.query(Criteria.where(STATUS).is(status.name())).with(Sort.by(SEQUENCE)),
                DeliveryDocument.class).stream().map(DeliveryDocument::delivery).toList();
    }

    private void update(String deliveryId, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(deliveryId)), update, DeliveryDocument.class);
    }
}
