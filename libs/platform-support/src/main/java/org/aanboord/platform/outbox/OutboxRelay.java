package org.aanboord.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.aanboord.platform.messaging.EventPublisher;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes the events pending in the {@code outbox} array of documents and removes them once the broker
 * acknowledged. A document is relayed right after it was saved ({@link #relaySoon}) and, to survive a crash
 * between the save and the publish, every pending outbox is swept on a schedule. Publishing twice is allowed
 * (consumers are idempotent); losing one is not. The sweep leaves entries younger than {@code sweepMinAge} to the
 * relay that is already on its way, so it does not publish a burst a second time.
 */
public class OutboxRelay {

    public static final String FIELD = "outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Ids per {@code $in} query: the MongoDB-wire store checks every document found against the whole list. */
    private static final int IDS_PER_QUERY = 100;
    /**
     * What the sweep asks for, so a real MongoDB finds the few documents with pending events instead of scanning a
     * region's pupil-years every two seconds. Sparse: only documents with an entry are in it. (The MongoDB-wire store
     * of local runs and tests has no secondary indexes and logs that it ignores this one.)
     */
    static final Index PENDING_INDEX = new Index().on(FIELD + ".createdAt", Sort.Direction.ASC).sparse()
            .named("outbox-pending");

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final List<String> collections;
    private final Duration sweepMinAge;
    /** Each entry carries the trace context of its cause, so the relay needs none of the caller's. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, List<String> collections,
            Duration sweepMinAge) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = List.copyOf(collections);
        this.sweepMinAge = sweepMinAge;
        collections.forEach(collection -> mongo.indexOps(collection).createIndex(PENDING_INDEX));
    }

    /** Queues one document's pending events for publishing, without holding up the caller. */
    public void relaySoon(String collection, Object documentId) {
        worker.execute(() -> {
            try {
                relay(collection, documentId);
            } catch (RuntimeException e) {
                log.warn("Outbox relay of {} {} failed; the sweep will retry: {}", collection, documentId, e.toString());
            }
        });
    }

    /**
     * Queues the pending events of several documents for publishing together: one read, one wait for the broker
     * and one bulk write for all of them, which is what keeps a consumer that saves in batches fast.
     */
    public void relaySoon(String collection, Collection<?> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        List<?> ids = List.copyOf(documentIds);
        worker.execute(() -> {
            try {
                relayAll(collection, ids);
            } catch (RuntimeException e) {
                log.warn("Outbox relay of {} documents of {} failed; the sweep will retry: {}", ids.size(), collection,
                        e.toString());
            }
        });
    }

    /** Publishes the pending events of these documents and removes them from each document. */
    public void relayAll(String collection, Collection<?> documentIds) {
        Map<Object, List<OutboxEntry>> pending = new LinkedHashMap<>();
        List<?> ids = List.copyOf(documentIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query withPending = Query.query(Criteria.where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            withPending.fields().include(FIELD);
            for (Document document : mongo.find(withPending, Document.class, collection)) {
                List<OutboxEntry> entries = entries(document);
                if (!entries.isEmpty()) {
                    pending.put(document.get("_id"), entries);
                }
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        publisher.publishAndWait(pending.values().stream().flatMap(List::stream).map(OutboxEntry::toOutgoingEvent).toList());
        BulkOperations removals = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        pending.forEach((id, entries) -> removals.updateOne(Query.query(Criteria.where("_id").is(id)),
                removal(entries.stream().map(OutboxEntry::eventId).toList())));
        removals.execute();
    }

    /** Publishes one document's pending events and removes them from the document. */
    public void relay(String collection, Object documentId) {
        Document document = mongo.findById(documentId, Document.class, collection);
        if (document != null) {
            publishPending(collection, document);
        }
    }

    /** Relays every document with an event pending for longer than the minimum age; returns how many were published. */
    @Scheduled(fixedDelayString = "${aanboord.outbox.sweep-interval:2s}", initialDelayString = "${aanboord.outbox.sweep-interval:2s}")
    public int sweep() {
        int published = 0;
        for (String collection : collections) {
            Query pending = new Query(Criteria.where(FIELD + ".createdAt").lte(Instant.now().minus(sweepMinAge)));
            for (Document document : mongo.find(pending, Document.class, collection)) {
                try {
                    published += publishPending(collection, document);
                } catch (RuntimeException e) {
                    log.warn("Outbox sweep could not publish {} {}: {}", collection, document.get("_id"), e.toString());
                    return published;
                }
            }
        }
        return published;
    }

    private int publishPending(String collection, Document document) {
        List<OutboxEntry> entries = entries(document);
        if (entries.isEmpty()) {
            return 0;
        }
        publisher.publishAndWait(entries.stream().map(OutboxEntry::toOutgoingEvent).toList());
        List<String> ids = entries.stream().map(OutboxEntry::eventId).toList();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))), removal(ids), collection);
        return entries.size();
    }

    private static Update removal(List<String> eventIds) {
        return new Update().pull(FIELD, Query.query(Criteria.where("eventId").in(eventIds)));
    }

    private List<OutboxEntry> entries(Document document) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Document entry : document.getList(FIELD, Document.class, List.of())) {
            entries.add(mongo.getConverter().read(OutboxEntry.class, entry));
        }
        return entries;
    }
}
