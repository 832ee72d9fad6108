package org.aanboord.risk.adapter.out.persistence;

import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.ASSESSMENTS;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.ATTENTION_LEVEL;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.HALF_DAYS;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.HOLDING_RULE_IDS;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.VERSION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.PupilYearKey;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.application.ScoringStore;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

/**
 * Saves with a compare-and-set on {@code version} and appends to the outbox instead of replacing it, so events
 * that are still waiting for the relay are never overwritten by a later save. A batch of states is read with one
 * {@code $in} query and saved with one unordered bulk write that sets only the changed half-days and pushes only
 * the new assessments.
 */
@Repository
class MongoScoringStore implements ScoringStore {

    static final String COLLECTION = "pupil_years";
    private static final int DUPLICATE_KEY = 11000;
    /**
     * Ids per {@code $in} query. The MongoDB-wire store finds the documents by index but then checks each against
     * the whole list, so one query for a poll of thousands would cost thousands squared.
     */
    private static final int IDS_PER_QUERY = 100;
    /** Scoring never needs the pending events, only the relay does. */
    private static final Bson WITHOUT_OUTBOX = Projections.exclude(OutboxRelay.FIELD);

    private final MongoCollection<Document> documents;
    private final PupilYearCodec codec;

    MongoScoringStore(MongoTemplate mongo) {
        this.documents = mongo.getCollection(COLLECTION);
        this.codec = new PupilYearCodec(mongo.getConverter());
        // The compare-and-set filter {_id, version}: MongoDB would use the _id index anyway, but the MongoDB-wire
        // store of the tests and the local run scans the collection for any filter its indexes do not match exactly.
        documents.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().name("compare-and-set").unique(true));
    }

    @Override
    public Optional<PupilYearState> find(String pupilPseudonym, String schoolYear) {
        return Optional.ofNullable(documents.find(Filters.eq("_id", PupilYearCodec.idOf(pupilPseudonym, schoolYear)))
                .projection(WITHOUT_OUTBOX).first()).map(codec::state);
    }

    @Override
    public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
        List<String> ids = keys.stream().map(key -> PupilYearCodec.idOf(key.pupilPseudonym(), key.schoolYear())).toList();
        Map<PupilYearKey, PupilYearState> states = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            for (Document document : documents.find(Filters.in("_id", chunk)).projection(WITHOUT_OUTBOX)) {
                PupilYearState state = codec.state(document);
                states.put(new PupilYearKey(state.pupilPseudonym(), state.schoolYear()), state);
            }
        }
        return states;
    }

    @Override
    public List<Object> saveAll(Collection<Change> changes) {
        List<WriteModel<Document>> writes = new ArrayList<>(changes.size());
        List<Object> withPending = new ArrayList<>();
        int updates = 0;
        for (Change change : changes) {
            PupilYearState next = change.next();
            Long version = change.stored().version();
            if (version == null) {
                writes.add(new InsertOneModel<>(codec.document(next, 0, change.pending())));
            } else {
                String id = PupilYearCodec.idOf(next.pupilPseudonym(), next.schoolYear());
                writes.add(new UpdateOneModel<>(new Document("_id", id).append(VERSION, version), update(change)));
                updates++;
            }
            if (!change.pending().isEmpty()) {
                withPending.add(PupilYearCodec.idOf(next.pupilPseudonym(), next.schoolYear()));
            }
        }
        if (writes.isEmpty()) {
            return withPending;
        }
        BulkWriteResult result;
        try {
            result = documents.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw new OptimisticLockingFailureException("A scoring state was created concurrently; retrying", e);
            }
            throw e;
        }
        if (result.getMatchedCount() < updates) {
            throw new OptimisticLockingFailureException((updates - result.getMatchedCount())
                    + " scoring states changed concurrently; retrying");
        }
        return withPending;
    }

    /** Sets the half-days that changed and the outcome, pushes the new assessments and their outbox entries. */
    private Document update(Change change) {
        PupilYearState stored = change.stored();
        PupilYearState next = change.next();
        Document set = new Document();
        next.halfDays().forEach((slot, entry) -> {
            if (!entry.equals(stored.halfDays().get(slot))) {
                set.append(HALF_DAYS + "." + slot, PupilYearCodec.halfDay(entry));
            }
        });
        if (!next.signals().equals(stored.signals())) {
            set.append(PupilYearCodec.SIGNALS, PupilYearCodec.signals(next.signals()));
        }
        set.append(HOLDING_RULE_IDS, next.holdingRuleIds())
                .append(ATTENTION_LEVEL, next.attentionLevel().name())
                .append(VERSION, stored.version() + 1);
        Document update = new Document("$set", set);
        List<RiskAssessmentChanged> added = next.assessments().subList(stored.assessments().size(), next.assessments().size());
        Document push = new Document();
        if (!added.isEmpty()) {
            push.append(ASSESSMENTS, new Document("$each", codec.assessments(added)));
        }
        if (!change.pending().isEmpty()) {
            push.append(OutboxRelay.FIELD, new Document("$each", codec.outbox(change.pending())));
        }
        if (!push.isEmpty()) {
            update.append("$push", push);
        }
        return update;
    }

    @Override
    public void forEachInSchoolYear(String schoolYear, Consumer<PupilYearState> each) {
        for (Document document : documents.find(Filters.eq("schoolYear", schoolYear)).projection(WITHOUT_OUTBOX)) {
            each.accept(codec.state(document));
        }
    }

    @Override
    public boolean isEmpty() {
        return documents.estimatedDocumentCount() == 0;
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
