package org.aanboord.platform.security.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import org.aanboord.platform.security.Caller;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The append-only, hash-chained audit trail of one service, in that service's own database. Entries are written by
 * group commit: a caller queues its entry and either waits or, when no one else is writing, writes everything
 * queued so far with one ordered bulk insert, each entry keyed by the next sequence number and sealed onto the one
 * before it. One round trip per batch instead of one per request under a single lock (which capped every audited
 * API at a few hundred requests a second). When two instances race for the same number the insert fails on the
 * unique id and the rest of the batch is sealed again onto the new head, so the chain never forks (no transactions
 * needed). A caller returns only once its entry is stored. Nothing updates or deletes entries; {@link #verify()}
 * detects anyone who did.
 */
public class AuditTrail {

    static final String COLLECTION = "audit_trail";
    private static final int ATTEMPTS = 20;
    private static final int MOST_PER_BATCH = 500;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Queue<Pending> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    /** The last entry this instance knows of (only the writer uses it); reloaded when another instance appended. */
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
    public AuditRecord append(String who, String role, String organisationId, String action, String what,
            Map<String, String> subject, int status, String purpose) {
        Pending mine = new Pending(clock.instant().truncatedTo(ChronoUnit.MILLIS), who, role, organisationId, action,
                what, subject, status, purpose);
        queued.add(mine);
        while (!mine.stored.isDone()) {
            if (writer.tryLock()) {
                try {
                    while (!queued.isEmpty()) {
                        writeQueued();
                    }
                } finally {
                    writer.unlock();
                }
            } else {
                awaitBriefly(mine);
            }
        }
        return mine.stored.join();
    }

    private static void awaitBriefly(Pending mine) {
        try {
            mine.stored.get(2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not written yet (another caller is writing), or failed: the loop finds out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while appending to the audit trail", e);
        }
    }

    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MOST_PER_BATCH && (next = queued.poll()) != null; ) {
            batch.add(next);
        }
        try {
            write(batch);
        } catch (RuntimeException e) {
            head = null;
            batch.forEach(pending -> pending.stored.completeExceptionally(e));
        }
    }

    private void write(List<Pending> batch) {
        int from = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (head == null) {
                head = loadHead();
            }
            List<AuditRecord> sealed = new ArrayList<>(batch.size() - from);
            AuditRecord previous = head;
            for (Pending pending : batch.subList(from, batch.size())) {
                previous = pending.sealedAfter(previous);
                sealed.add(previous);
            }
            try {
                mongo.bulkOps(BulkOperations.BulkMode.ORDERED, AuditRecord.class, COLLECTION).insert(sealed).execute();
                complete(batch, from, sealed, sealed.size());
                head = previous;
                return;
            } catch (BulkOperationException raced) {
                if (raced.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                    throw raced;
                }
                // Another instance took some of these sequence numbers first. Which of ours are stored is read back
                // rather than trusted to the bulk result; the rest is sealed again after the real head.
                int stored = 0;
                while (stored < sealed.size() && isStored(sealed.get(stored))) {
                    stored++;
                }
                complete(batch, from, sealed, stored);
                from += stored;
                head = null;
            }
        }
        throw new IllegalStateException("could not append to the audit trail after " + ATTEMPTS + " attempts");
    }

    private boolean isStored(AuditRecord entry) {
        AuditRecord found = mongo.findById(entry.sequence(), AuditRecord.class, COLLECTION);
        return found != null && found.hash().equals(entry.hash());
    }

    private static void complete(List<Pending> batch, int from, List<AuditRecord> sealed, int count) {
        for (int i = 0; i < count; i++) {
            batch.get(from + i).stored.complete(sealed.get(i));
        }
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

    /** An entry waiting to be sealed onto the chain, and the caller's handle on it. */
    private record Pending(Instant at, String who, String role, String organisationId, String action, String what,
            Map<String, String> subject, int status, String purpose, CompletableFuture<AuditRecord> stored) {

        Pending(Instant at, String who, String role, String organisationId, String action, String what,
                Map<String, String> subject, int status, String purpose) {
            this(at, who, role, organisationId, action, what, subject, status, purpose, new CompletableFuture<>());
        }

        AuditRecord sealedAfter(AuditRecord previous) {
            return AuditRecord.sealed(previous.sequence() + 1, at, who, role, organisationId, action, what, subject,
                    status, purpose, previous.hash());
        }
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
