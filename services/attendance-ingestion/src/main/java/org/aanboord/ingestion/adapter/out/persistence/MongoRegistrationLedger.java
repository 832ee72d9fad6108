package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.ingestion.application.LedgerWrite;
import org.aanboord.ingestion.application.RecordedHalfDay;
import org.aanboord.ingestion.application.RegistrationLedger;
import org.aanboord.ingestion.application.SchoolPupil;
import org.aanboord.ingestion.domain.HalfDaySlot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per pupil and school holding every half-day registered for that pupil there. A batch of 50,000 rows
 * names a few hundred pupils, so it costs a few hundred document reads and upserts instead of 50,000, and each
 * half-day is one field, so a write ({@code $set} of that field) never disturbs another half-day.
 */
@Repository
class MongoRegistrationLedger implements RegistrationLedger {

    /** Pupils per {@code $in} query. */
    private static final int IDS_PER_QUERY = 500;
    static final String COLLECTION = "pupil_half_days";

    private final MongoTemplate mongo;

    MongoRegistrationLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, RecordedHalfDay> findAll(Collection<HalfDaySlot> slots) {
        Map<String, List<HalfDaySlot>> byPupil = new LinkedHashMap<>();
        slots.forEach(slot -> byPupil.computeIfAbsent(pupilId(slot), id -> new ArrayList<>()).add(slot));
        List<String> ids = new ArrayList<>(byPupil.keySet());
        Map<String, RecordedHalfDay> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query query = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            for (PupilHalfDays pupil : mongo.find(query, PupilHalfDays.class)) {
                for (HalfDaySlot slot : byPupil.get(pupil.id())) {
                    Entry entry = pupil.halfDays().get(field(slot));
                    if (entry != null) {
                        found.put(slot.naturalKey(), new RecordedHalfDay(entry.code(), entry.version()));
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
        List<String> ids = new ArrayList<>(byId.keySet());
        Set<SchoolPupil> known = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query query = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            query.fields().include("_id");
            mongo.find(query, org.bson.Document.class, COLLECTION).forEach(found -> known.add(byId.get(found.getString("_id"))));
        }
        return known;
    }

    /**
     * Raw documents and the collection name, not the mapped entity: Spring Data would try to resolve every
     * {@code halfDays.<date>_<half>} path as a property, which costs more than the write itself.
     */
    @Override
    public void recordAll(List<LedgerWrite> writes) {
        Map<String, Update> updates = new LinkedHashMap<>();
        Date now = new Date();
        for (LedgerWrite write : writes) {
            org.bson.Document entry = new org.bson.Document("code", write.code() == null ? null : write.code().name())
                    .append("originalCode", write.originalCode())
                    .append("version", write.version())
                    .append("recordedAt", now);
            updates.computeIfAbsent(pupilId(write.slot()), id -> new Update()
                            .set("schoolId", write.slot().schoolId())
                            .set("pupilPseudonym", write.slot().pupilPseudonym()))
                    .set("halfDays." + field(write.slot()), entry);
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        updates.forEach((id, update) -> bulk.upsert(Query.query(where("_id").is(id)), update));
        bulk.execute();
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

    /** The half-days of one pupil at one school. */
    @Document(COLLECTION)
    record PupilHalfDays(@Id String id, String schoolId, String pupilPseudonym, Map<String, Entry> halfDays) {

        PupilHalfDays {
            halfDays = halfDays == null ? Map.of() : halfDays;
        }
    }

    /** The last published state of one half-day; {@code code} is null once revoked. */
    record Entry(AttendanceCode code, String originalCode, int version, Instant recordedAt) {
    }
}
