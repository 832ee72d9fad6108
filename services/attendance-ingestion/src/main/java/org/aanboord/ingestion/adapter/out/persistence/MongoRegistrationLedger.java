package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.ingestion.application.LedgerWrite;
import org.aanboord.ingestion.application.RecordedHalfDay;
import org.aanboord.ingestion.application.RegistrationLedger;
import org.aanboord.ingestion.application.SchoolPupil;
import org.aanboord.ingestion.domain.HalfDaySlot;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per pupil and school holding every half-day registered for that pupil there. A batch of 50,000 rows
 * names a few hundred pupils, so it costs a few hundred document reads and upserts instead of 50,000, and each
 * half-day is one field ({@link LedgerEntries}), so a write ({@code $set} of that field) never disturbs another
 * half-day.
 */
@Repository
class MongoRegistrationLedger implements RegistrationLedger {

    /** Pupils per {@code $in} query. */
    private static final int IDS_PER_QUERY = 500;
    private static final int DUPLICATE_KEY = 11000;
    /** From how many half-days of one pupil in a request a new pupil's document is inserted rather than upserted. */
    private static final int INSERT_FROM_HALF_DAYS = 8;
    static final String COLLECTION = "pupil_half_days";
    static final String HALF_DAYS = "halfDays";

    private final MongoTemplate mongo;

    MongoRegistrationLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<HalfDaySlot, RecordedHalfDay> findAll(Collection<HalfDaySlot> slots) {
        Map<String, List<HalfDaySlot>> byPupil = new LinkedHashMap<>();
        slots.forEach(slot -> byPupil.computeIfAbsent(pupilId(slot), id -> new ArrayList<>()).add(slot));
        List<String> ids = new ArrayList<>(byPupil.keySet());
        Map<HalfDaySlot, RecordedHalfDay> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query query = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            query.fields().include(HALF_DAYS);
            for (org.bson.Document pupil : mongo.find(query, org.bson.Document.class, COLLECTION)) {
                org.bson.Document halfDays = pupil.get(HALF_DAYS, org.bson.Document.class);
                for (HalfDaySlot slot : byPupil.get(pupil.getString("_id"))) {
                    Object entry = halfDays == null ? null : halfDays.get(field(slot));
                    if (entry != null) {
                        found.put(slot, LedgerEntries.read(entry));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public Set<SchoolPupil> known(Collection<SchoolPupil> pupils) {
        Map<String, SchoolPupil> byId = new LinkedHashMap<>();
        pupils.forEach(pupil -> byId.put(pupilId(pupil.schoolId(), pupil.pseudonym()), pupil));
        Set<SchoolPupil> known = new HashSet<>();
        storedIds(byId.keySet()).forEach(id -> known.add(byId.get(id)));
        return known;
    }

    /**
     * Raw documents and the collection name, not the mapped entity: Spring Data would try to resolve every
     * {@code halfDays.<date>_<half>} path as a property, which costs more than the write itself. A pupil's first
     * half-days at a school are inserted as one document; the store applies an upsert's {@code $set} field by field,
     * which for a term of half-days sent at once was most of the request. Pupils already known get their half-days
     * set, as do those another request inserted first, and pupils with only a few half-days in the request (a day's
     * registrations), for whom the look-up would cost more than it saves.
     */
    @Override
    public void recordAll(List<LedgerWrite> writes) {
        long now = System.currentTimeMillis();
        Map<String, List<LedgerWrite>> byPupil = new LinkedHashMap<>();
        writes.forEach(write -> byPupil.computeIfAbsent(pupilId(write.slot()), id -> new ArrayList<>()).add(write));
        List<String> many = byPupil.keySet().stream()
                .filter(id -> byPupil.get(id).size() >= INSERT_FROM_HALF_DAYS).toList();
        Set<String> stored = storedIds(many);
        List<String> newPupils = many.stream().filter(id -> !stored.contains(id)).toList();
        Set<String> toSet = new LinkedHashSet<>(byPupil.keySet());
        toSet.removeAll(newPupils);
        toSet.addAll(insertedElsewhere(newPupils, byPupil, now));
        if (toSet.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (String id : toSet) {
            List<LedgerWrite> ofPupil = byPupil.get(id);
            HalfDaySlot slot = ofPupil.get(0).slot();
            Update update = new Update().set("schoolId", slot.schoolId()).set("pupilPseudonym", slot.pupilPseudonym());
            ofPupil.forEach(write -> update.set(HALF_DAYS + "." + field(write.slot()), entry(write, now)));
            bulk.upsert(Query.query(where("_id").is(id)), update);
        }
        bulk.execute();
    }

    private Set<String> storedIds(Collection<String> ids) {
        Set<String> stored = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            Query query = Query.query(where("_id").in(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY))));
            query.fields().include("_id");
            mongo.find(query, org.bson.Document.class, COLLECTION).forEach(found -> stored.add(found.getString("_id")));
        }
        return stored;
    }

    /** Inserts a document per new pupil; returns the ids another request inserted in the meantime. */
    private List<String> insertedElsewhere(List<String> newPupils, Map<String, List<LedgerWrite>> byPupil, long now) {
        if (newPupils.isEmpty()) {
            return List.of();
        }
        List<org.bson.Document> documents = new ArrayList<>(newPupils.size());
        for (String id : newPupils) {
            List<LedgerWrite> ofPupil = byPupil.get(id);
            org.bson.Document halfDays = new org.bson.Document();
            ofPupil.forEach(write -> halfDays.append(field(write.slot()), entry(write, now)));
            HalfDaySlot slot = ofPupil.get(0).slot();
            documents.add(new org.bson.Document("_id", id).append("schoolId", slot.schoolId())
                    .append("pupilPseudonym", slot.pupilPseudonym()).append(HALF_DAYS, halfDays));
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(documents).execute();
            return List.of();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
            return e.getErrors().stream().map(error -> newPupils.get(error.getIndex())).toList();
        }
    }

    private static String entry(LedgerWrite write, long now) {
        return LedgerEntries.write(write.code(), write.version(), now, write.originalCode());
    }

    private static String pupilId(HalfDaySlot slot) {
        return pupilId(slot.schoolId(), slot.pupilPseudonym());
    }

    private static String pupilId(String schoolId, String pseudonym) {
        return schoolId + "|" + pseudonym;
    }

    /** e.g. {@code 2026-11-20_AM}: no dots, so it is a plain field name. */
    private static String field(HalfDaySlot slot) {
        return slot.date() + "_" + slot.halfDay();
    }
}
