package org.aanboord.risk.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.PupilYearKey;
import org.aanboord.risk.application.PupilYearState;
import org.aanboord.risk.application.ScoringStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Saves with a compare-and-set on {@code version} and appends to the outbox instead of replacing it, so events
 * that are still waiting for the relay are never overwritten by a later save.
 */
@Repository
class MongoScoringStore implements ScoringStore {

    static final String COLLECTION = "pupil_years";

    private final MongoTemplate mongo;

    MongoScoringStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PupilYearState> find(String pupilPseudonym, String schoolYear) {
        return Optional.ofNullable(mongo.findById(PupilYearDocument.idOf(pupilPseudonym, schoolYear), PupilYearDocument.class))
                .map(PupilYearDocument::state);
    }

    @Override
    public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
        List<String> ids = keys.stream().map(key -> PupilYearDocument.idOf(key.pupilPseudonym(), key.schoolYear())).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), PupilYearDocument.class).stream()
                .map(PupilYearDocument::state)
                .collect(Collectors.toMap(state -> new PupilYearKey(state.pupilPseudonym(), state.schoolYear()),
                        state -> state));
    }

    @Override
    public Object save(PupilYearState state, OutboxEntry pendingEvent) {
        String id = PupilYearDocument.idOf(state.pupilPseudonym(), state.schoolYear());
        if (state.version() == null) {
            insert(id, state, pendingEvent);
            return id;
        }
        Update update = new Update()
                .set("halfDays", state.halfDays())
                .set("signals", state.signals())
                .set("holdingRuleIds", state.holdingRuleIds())
                .set("attentionLevel", state.attentionLevel())
                .set("assessments", state.assessments())
                .set("version", state.version() + 1);
        if (pendingEvent != null) {
            update.push(OutboxRelay.FIELD, pendingEvent);
        }
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("version").is(state.version()));
        if (mongo.updateFirst(unchanged, update, PupilYearDocument.class).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Scoring state " + id + " changed concurrently; retrying");
        }
        return id;
    }

    private void insert(String id, PupilYearState state, OutboxEntry pendingEvent) {
        List<OutboxEntry> outbox = new ArrayList<>();
        if (pendingEvent != null) {
            outbox.add(pendingEvent);
        }
        try {
            mongo.insert(PupilYearDocument.of(state, 0, outbox));
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("Scoring state " + id + " was created concurrently; retrying", e);
        }
    }

    @Override
    public void replaceAll(Collection<PupilYearState> states) {
        if (states.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PupilYearDocument.class);
        for (PupilYearState state : states) {
            PupilYearDocument document = PupilYearDocument.of(state, state.version() == null ? 0 : state.version() + 1,
                    List.of());
            bulk.replaceOne(Query.query(Criteria.where("_id").is(document.id())), document,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    @Override
    public void forEachInSchoolYear(String schoolYear, Consumer<PupilYearState> each) {
        try (var documents = mongo.stream(Query.query(Criteria.where("schoolYear").is(schoolYear)), PupilYearDocument.class)) {
            documents.map(PupilYearDocument::state).forEach(each);
        }
    }

    @Override
    public boolean isEmpty() {
        return mongo.estimatedCount(COLLECTION) == 0;
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
