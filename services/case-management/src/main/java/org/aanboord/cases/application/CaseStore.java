package org.aanboord.cases.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.platform.outbox.OutboxEntry;

/** Where cases are kept, each with its history and pending events (the outbox) in the same document. */
public interface CaseStore {

    /**
     * Stores a new case with its history and pending events in one atomic write, unless the pupil already has an
     * open case of this type or this case id exists.
     *
     * @return true if the case was stored
     */
    boolean insertIfNoOpenCase(CaseFile newCase, List<OutboxEntry> pendingEvents);

    /** The id of the pupil's open case under this key ({@link CaseFile#openCaseKey()}), if there is one. */
    Optional<String> openCaseId(String openCaseKey);

    /** The pupil's most recently closed case of this type, if any. */
    Optional<String> latestClosedCaseId(String pupilPseudonym, CaseType caseType);

    /** Whether any case of the pupil already holds a signal of this assessment (a replay). */
    boolean holdsSignalOf(String pupilPseudonym, String assessmentId);

    /**
     * Adds the signals of one assessment, their audit entry and their pending events to an open case in one atomic
     * write, unless the case already holds a signal of that assessment.
     *
     * @return true if the signals were added
     */
    boolean addSignals(String caseId, String assessmentId, List<Signal> signals, AuditEntry audit,
            List<OutboxEntry> pendingEvents);

    /**
     * Writes a changed case with its new audit entries and events, if it is still at the version it was read at.
     *
     * @return false if someone else changed the case in the meantime
     */
    boolean update(CaseFile changed, List<OutboxEntry> pendingEvents);

    CasePage find(CaseFilter filter, CaseScope scope, LocalDate today);

    Optional<CaseFile> find(String caseId);

    /** The case's audit trail, oldest first; empty if there is no such case. */
    Optional<List<AuditEntry>> history(String caseId);

    /** Cases whose deadlines need a look today: open deadlines up to {@code horizon}, or a hold that ended. */
    List<String> needingDeadlineWatch(LocalDate today, LocalDate horizon);

    /** The collection that holds the outbox, for the relay. */
    String collection();
}
