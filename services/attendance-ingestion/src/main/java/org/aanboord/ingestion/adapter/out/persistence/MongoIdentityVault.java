package org.aanboord.ingestion.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.ingestion.application.IdentityVault;
import org.aanboord.ingestion.domain.NationalNumberCipher;
import org.aanboord.ingestion.domain.PupilLink;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Collection {@value #COLLECTION}: one document per pseudonym, {@code links} the set of {@code {schoolId, localId}}
 * the pupil was named by, {@code nationalNumber} its AES-GCM ciphertext (only for a pupil named by national
 * number). A request costs one unordered bulk of upserts, one per distinct pupil: {@code $addToSet} makes a link
 * sent again a no-op, and the national number is sealed only into a new document ({@code $setOnInsert}), because
 * the pseudonym is made from it and so can never change. {@code lastLinkedAt} is set by the first remember of a link
 * each day: a link this instance already wrote today is not written again (the retention counts in days), which
 * took one store round trip off most single registrations, a pupil being named morning and afternoon.
 */
@Repository
class MongoIdentityVault implements IdentityVault {

    static final String COLLECTION = "identities";
    /** When a request last named the pupil; the retention counts from it (from {@code firstLinkedAt} before it existed). */
    static final String LAST_LINKED_AT = "lastLinkedAt";
    /** Pseudonyms per {@code $in} query, as the ledger's. */
    private static final int IDS_PER_QUERY = 500;
    /** Links remembered as written today; more than a day's absences of a large region, a few MiB. */
    private static final int REMEMBERED_AT_MOST = 50_000;

    private final MongoTemplate mongo;
    private final NationalNumberCipher cipher;
    private final Clock clock;
    /** Link (pseudonym, school, local id) → the day this instance last wrote it; emptied when full. */
    private final Map<String, LocalDate> writtenOn = new ConcurrentHashMap<>();

    MongoIdentityVault(MongoTemplate mongo, NationalNumberCipher cipher, Clock clock) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public void remember(Collection<PupilLink> links) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Set<Document>> linksByPupil = new LinkedHashMap<>();
        Map<String, String> nationalNumbers = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (PupilLink link : links) {
            String key = link.pseudonym() + '|' + link.schoolId() + '|' + link.localId();
            if (today.equals(writtenOn.get(key)) || !written.add(key)) {
                continue;
            }
            linksByPupil.computeIfAbsent(link.pseudonym(), pseudonym -> new LinkedHashSet<>())
                    .add(new Document("schoolId", link.schoolId()).append("localId", link.localId()));
            if (link.nationalNumber() != null) {
                nationalNumbers.putIfAbsent(link.pseudonym(), link.nationalNumber());
            }
        }
        if (linksByPupil.isEmpty()) {
            return;
        }
        Date now = Date.from(clock.instant());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        linksByPupil.forEach((pseudonym, pupilLinks) -> {
            Update update = new Update().addToSet("links").each(pupilLinks.toArray()).setOnInsert("firstLinkedAt", now)
                    .set(LAST_LINKED_AT, now);
            String digits = nationalNumbers.get(pseudonym);
            if (digits != null) {
                update.setOnInsert("nationalNumber", cipher.encrypt(digits, pseudonym));
            }
            bulk.upsert(Query.query(where("_id").is(pseudonym)), update);
        });
        bulk.execute();
        if (writtenOn.size() + written.size() > REMEMBERED_AT_MOST) {
            writtenOn.clear();
        }
        written.forEach(key -> writtenOn.put(key, today));
    }

    @Override
    public Set<String> known(Collection<String> pseudonyms) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(pseudonyms));
        Set<String> known = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Query query = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
            query.fields().include("_id");
            mongo.find(query, Document.class, COLLECTION).forEach(found -> known.add(found.getString("_id")));
        }
        return known;
    }

    @Override
    public Optional<KnownPupil> find(String pseudonym) {
        Document stored = mongo.findById(pseudonym, Document.class, COLLECTION);
        if (stored == null) {
            return Optional.empty();
        }
        List<SchoolLink> links = new ArrayList<>();
        for (Document link : stored.getList("links", Document.class, List.of())) {
            links.add(new SchoolLink(link.getString("schoolId"), link.getString("localId")));
        }
        String sealed = stored.getString("nationalNumber");
        return Optional.of(new KnownPupil(pseudonym, sealed == null ? null : cipher.decrypt(sealed, pseudonym),
                links));
    }
}
