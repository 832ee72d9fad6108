package org.aanboord.platform.security.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.aanboord.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The append-only, hash-chained audit trail of one service, in that service's own database. Appending is a single
 * insert keyed by the next sequence number: when two instances race for the same number one insert fails on the
 * unique id and retries on the new head, so the chain never forks (no transactions needed). Nothing updates or
 * deletes entries; {@link #verify()} detects anyone who did.
 */
public class AuditTrail {

    static final String COLLECTION = "audit_trail";
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final Clock clock;
    /** The last entry this instance knows of; reloaded when another instance appended meanwhile. */
    private AuditRecord head;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuditRecord append(Caller caller, String action, String what, Map<String, String> subject, int status,
            String purpose) {
        return append(caller.who(), caller.role().name(), caller.organisationId(), action, what, subject, status,
                purpose);
    }

    /** Appends an entry of an actor that is not a signed-in caller, e.g. role {@code SYSTEM} for a scheduled job. */
    public synchronized AuditRecord append(String who, String role, String organisationId, String action, String what,
            Map<String, String> subject, int status, String purpose) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (head == null) {
                head = loadHead();
            }
            AuditRecord entry = AuditRecord.sealed(head.sequence() + 1,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS), who, role, organisationId, action, what, subject,
                    status, purpose, head.hash());
            try {
                head = mongo.insert(entry, COLLECTION);
                return head;
            } catch (DuplicateKeyException raced) {
                // another instance appended this sequence number first: append after the real head
                head = null;
            }
        }
        throw new IllegalStateException("could not append to the audit trail after " + ATTEMPTS + " attempts");
    }

    /** The last entry, or a virtual entry 0 carrying the genesis hash when the trail is empty. */
    private AuditRecord loadHead() {
        AuditRecord last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                AuditRecord.class, COLLECTION);
        return last != null ? last : new AuditRecord(0, null, null, null, null, null, null, null, 0, null, null,
                AuditRecord.GENESIS);
    }

    /** Entries newest first, optionally only of one user or organisation and within [from, to). */
    public List<AuditRecord> find(String who, String organisationId, Instant from, Instant to, int page, int size) {
        Query query = new Query();
        if (who != null) {
            query.addCriteria(Criteria.where("who").is(who));
        }
        if (organisationId != null) {
            query.addCriteria(Criteria.where("organisationId").is(organisationId));
        }
        if (from != null || to != null) {
            Criteria at = Criteria.where("at");
            if (from != null) {
                at = at.gte(from);
            }
            if (to != null) {
                at = at.lt(to);
            }
            query.addCriteria(at);
        }
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "_id")).skip((long) page * size).limit(size),
                AuditRecord.class, COLLECTION);
    }

    /** Walks the chain from the first entry: every entry must be in sequence, linked and unaltered. */
    public Verification verify() {
        String previous = AuditRecord.GENESIS;
        long expected = 1;
        Iterator<AuditRecord> entries = mongo.stream(new Query().with(Sort.by(Sort.Direction.ASC, "_id")),
                AuditRecord.class, COLLECTION).iterator();
        while (entries.hasNext()) {
            AuditRecord entry = entries.next();
            if (entry.sequence() != expected) {
                return Verification.broken(expected - 1, expected, "entry " + expected + " is missing");
            }
            if (!entry.previousHash().equals(previous)) {
                return Verification.broken(expected - 1, expected, "entry " + expected
                        + " does not link to the hash of the entry before it");
            }
            if (!entry.computeHash().equals(entry.hash())) {
                return Verification.broken(expected - 1, expected, "entry " + expected
                        + " was changed after it was written");
            }
            previous = entry.hash();
            expected++;
        }
        return new Verification(true, expected - 1, null, "all " + (expected - 1) + " entries intact");
    }

    /**
     * @param entries     how many entries were checked and found intact before the first problem
     * @param brokenAt    the sequence of the first entry that fails, null when intact
     */
    public record Verification(boolean intact, long entries, Long brokenAt, String detail) {

        static Verification broken(long intactEntries, long at, String detail) {
            return new Verification(false, intactEntries, at, detail);
        }
    }
}
