package org.aanboord.cases.application;

import java.util.List;
import java.util.Optional;

import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.platform.outbox.OutboxEntry;

/** Where cases are kept, each with its pending events (the outbox) in the same document. */
public interface CaseStore {

    /**
     * Stores a new case with its pending events in one atomic write, unless the pupil already has an open case of
     * this type or this case id exists.
     *
     * @return true if the case was stored
     */
    boolean insertIfNoOpenCase(CaseFile newCase, List<OutboxEntry> pendingEvents);

    /** The id of the pupil's open case under this key ({@link CaseFile#openCaseKey()}), if there is one. */
    Optional<String> openCaseId(String openCaseKey);

    /**
     * Adds the signals of one assessment and their pending events to an open case in one atomic write, unless
     * the case already holds a signal of that assessment.
     *
     * @return true if the signals were added
     */
    boolean addSignals(String caseId, String assessmentId, List<Signal> signals, List<OutboxEntry> pendingEvents);

    /** Cases matching every given (non-null) criterion, newest first. */
    List<CaseFile> find(CaseFilter filter);

    Optional<CaseFile> find(String caseId);

    /** The collection that holds the outbox, for the relay. */
    String collection();
}
