package org.aanboord.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.aanboord.cases.domain.CaseFile;
import org.aanboord.platform.calendar.SchoolDays;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Component;

/**
 * Read, change, write with optimistic locking. A caller that names the version it saw gets a
 * {@link StaleCaseException} when the case moved on; a caller that does not is retried on a fresh copy, so two
 * concurrent edits both land and neither is lost.
 */
@Component
class CaseEditing {

    private static final int ATTEMPTS = 10;

    private final CaseStore store;
    private final CaseEvents events;
    private final CaseCalendar calendar;
    private final OutboxRelay relay;
    private final CaseMetrics metrics;
    private final Clock clock;

    CaseEditing(CaseStore store, CaseEvents events, CaseCalendar calendar, OutboxRelay relay, CaseMetrics metrics,
            Clock clock) {
        this.store = store;
        this.events = events;
        this.calendar = calendar;
        this.relay = relay;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What a change may need besides the case: the time and the case's school days. */
    record Context(Instant now, LocalDate today, SchoolDays schoolDays) {
    }

    @FunctionalInterface
    interface Change {
        void apply(CaseFile file, Context context);
    }

    /**
     * @param expectedVersion the version the caller saw (If-Match), or null to apply the change to whatever is current
     * @return the case as stored after the change
     */
    CaseFile edit(String caseId, Long expectedVersion, Change change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            CaseFile file = store.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
            if (expectedVersion != null && file.version() != expectedVersion) {
                throw new StaleCaseException(caseId, expectedVersion, file.version());
            }
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            change.apply(file, new Context(now, today, calendar.of(file, today)));
            if (!file.hasChanges()) {
                return file;
            }
            if (store.update(file, events.outbox(file.pendingEvents()))) {
                relay.relaySoon(store.collection(), caseId);
                metrics.stored(file.pendingEvents());
                return store.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
            }
            if (expectedVersion != null) {
                long current = store.find(caseId).map(CaseFile::version).orElse(expectedVersion);
                throw new StaleCaseException(caseId, expectedVersion, current);
            }
        }
        throw new StaleCaseException(caseId, -1, store.find(caseId).map(CaseFile::version).orElse(-1L));
    }
}
