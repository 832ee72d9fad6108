package org.aanboord.risk.adapter.out.persistence;

import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.ASSESSMENT_COUNT;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.ATTENTION_LEVEL;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.EMBEDDED_ASSESSMENTS;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.HOLDING_RULE_IDS;
import static org.aanboord.risk.adapter.out.persistence.PupilYearCodec.VERSION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.PupilYearHistory;
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
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

/**
 * Saves with a compare-and-set on {@code version} and appends to the outbox instead of replacing it, so events
 * that are still waiting for the relay are never overwritten by a later save. A batch of states is read with one
 * {@code $in} query and saved with one unordered bulk write that sets the half-days (compact, {@link HalfDaysField})
 * and the outcome and pushes only the new outbox entries. The assessment history is not in the state's document but in {@value #HISTORY}, one
 * document per assessment under a key derived from the pupil-year and its position, so the state's document stays
 * small (the store copies a whole document on every update) and a pupil's history is read by key.
 */
@Repository
class MongoScoringStore implements ScoringStore {

    static final String COLLECTION = "pupil_years";
    static final String HISTORY = "assessment_history";
    private static final int DUPLICATE_KEY = 11000;
    /**
     * Ids per {@code $in} query. The MongoDB-wire store finds the documents by index but then checks each against
     * the whole list, so one query for a poll of thousands would cost thousands squared.
     */
    private static final int IDS_PER_QUERY = 100;
    /** Queries never need the pending events, only the relay does. */
    private static final Bson WITHOUT_OUTBOX = Projections.exclude(OutboxRelay.FIELD);
    /** Scoring needs neither the pending events nor the assessment history, only how many assessments there were. */
    private static final Bson STATE_ONLY = Projections.exclude(OutboxRelay.FIELD, EMBEDDED_ASSESSMENTS);

    private final MongoCollection<Document> documents;
    private final MongoCollection<Document> history;
    private final PupilYearCodec codec;

    MongoScoringStore(MongoTemplate mongo) {
        this.documents = mongo.getCollection(COLLECTION);
        this.history = mongo.getCollection(HISTORY);
        this.codec = new PupilYearCodec(mongo.getConverter());
        // The compare-and-set filter {_id, version}: MongoDB would use the _id index anyway, but the MongoDB-wire
        // store of the tests and the local run scans the collection for any filter its indexes do not match exactly.
        documents.createIndex(Indexes.ascending("_id", VERSION), new IndexOptions().name("compare-and-set").unique(true));
    }

    @Override
    public Optional<PupilYearHistory> find(String pupilPseudonym, String schoolYear) {
        return Optional.ofNullable(documents.find(Filters.eq("_id", PupilYearCodec.idOf(pupilPseudonym, schoolYear)))
                .projection(WITHOUT_OUTBOX).first()).map(this::withHistory);
    }

    private PupilYearHistory withHistory(Document document) {
        PupilYearState state = codec.state(document);
        String id = document.getString("_id");
        List<String> entryIds = new ArrayList<>();
        int embedded = document.getList(EMBEDDED_ASSESSMENTS, Document.class, List.of()).size();
        for (int sequence = embedded; sequence < state.assessmentCount(); sequence++) {
            entryIds.add(PupilYearCodec.historyIdOf(id, sequence));
        }
        List<Document> entries = new ArrayList<>();
        for (int from = 0; from < entryIds.size(); from += IDS_PER_QUERY) {
            history.find(Filters.in("_id", entryIds.subList(from, Math.min(entryIds.size(), from + IDS_PER_QUERY))))
                    .into(entries);
        }
        return history(document, state, entries);
    }

    private PupilYearHistory history(Document document, PupilYearState state, List<Document> entries) {
        List<RiskAssessmentChanged> assessments = codec.embeddedAssessments(document);
        entries.stream().sorted(Comparator.comparing(entry -> entry.getInteger("sequence")))
                .forEach(entry -> assessments.add(codec.assessment(entry)));
        return new PupilYearHistory(state, assessments);
    }

    @Override
    public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
        List<String> ids = keys.stream().map(key -> PupilYearCodec.idOf(key.pupilPseudonym(), key.schoolYear())).toList();
        Map<PupilYearKey, PupilYearState> states = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            List<String> withoutCount = new ArrayList<>();
            for (Document document : documents.find(Filters.in("_id", chunk)).projection(STATE_ONLY)) {
                if (PupilYearCodec.hasAssessmentCount(document)) {
                    put(states, codec.state(document));
                } else {
                    withoutCount.add(document.getString("_id"));
                }
            }
            if (!withoutCount.isEmpty()) {
                documents.find(Filters.in("_id", withoutCount)).projection(WITHOUT_OUTBOX)
                        .forEach(document -> put(states, codec.state(document)));
            }
        }
        return states;
    }

    private static void put(Map<PupilYearKey, PupilYearState> states, PupilYearState state) {
        states.put(new PupilYearKey(state.pupilPseudonym(), state.schoolYear()), state);
    }

    @Override
    public List<Object> saveAll(Collection<Change> changes) {
        // The history first: should the state's write not follow (a crash), the events are scored again from the
        // same state and give the same assessments under the same keys.
        saveHistory(changes);
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

    /**
     * Inserts the new history entries; an entry that already exists (its save crashed before the state's write) is
     * replaced by the one scored again. Inserting costs the store far less than an upsert per entry.
     */
    private void saveHistory(Collection<Change> changes) {
        List<Document> entries = new ArrayList<>();
        for (Change change : changes) {
            String id = PupilYearCodec.idOf(change.next().pupilPseudonym(), change.next().schoolYear());
            int sequence = change.stored().assessmentCount();
            for (RiskAssessmentChanged assessment : change.added()) {
                entries.add(codec.historyEntry(id, change.next().schoolYear(), sequence, assessment));
                sequence++;
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        try {
            history.insertMany(entries, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (!e.getWriteErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
            history.bulkWrite(e.getWriteErrors().stream()
                    .map(error -> entries.get(error.getIndex()))
                    .<WriteModel<Document>>map(entry -> new ReplaceOneModel<>(Filters.eq("_id", entry.get("_id")), entry,
                            new ReplaceOptions().upsert(true)))
                    .toList(), new BulkWriteOptions().ordered(false));
        }
    }

    /** Sets the half-days when they changed and the outcome, pushes the new outbox entries. */
    private Document update(Change change) {
        PupilYearState stored = change.stored();
        PupilYearState next = change.next();
        Document set = new Document();
        if (!next.halfDays().equals(stored.halfDays())) {
            set.append(HalfDaysField.NAME, HalfDaysField.write(next.halfDays()));
        }
        if (!next.signals().equals(stored.signals())) {
            set.append(PupilYearCodec.SIGNALS, PupilYearCodec.signals(next.signals()));
        }
        set.append(HOLDING_RULE_IDS, next.holdingRuleIds())
                .append(ATTENTION_LEVEL, next.attentionLevel().name())
                .append(ASSESSMENT_COUNT, next.assessmentCount())
                .append(VERSION, stored.version() + 1);
        Document update = new Document("$set", set);
        if (!change.pending().isEmpty()) {
            update.append("$push", new Document(OutboxRelay.FIELD,
                    new Document("$each", codec.outbox(change.pending()))));
        }
        return update;
    }

    @Override
    public void forEachInSchoolYear(String schoolYear, Consumer<PupilYearHistory> each) {
        Map<String, List<Document>> entries = new HashMap<>();
        for (Document entry : history.find(Filters.eq("schoolYear", schoolYear))) {
            entries.computeIfAbsent(entry.getString("pupilYear"), id -> new ArrayList<>()).add(entry);
        }
        for (Document document : documents.find(Filters.eq("schoolYear", schoolYear)).projection(WITHOUT_OUTBOX)) {
            each.accept(history(document, codec.state(document),
                    entries.getOrDefault(document.getString("_id"), List.of())));
        }
    }

    @Override
    public long estimatedCount() {
        return documents.estimatedDocumentCount();
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
