package org.aanboord.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Note;
import org.springframework.stereotype.Service;

/** Read side for the CLB, the school and the console. */
@Service
public class CaseQueries {

    private final CaseStore store;
    private final Clock clock;

    CaseQueries(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The cases matching the filter among those the scope lets the reader see. */
    public CasePage find(CaseFilter filter, CaseScope scope) {
        return store.find(filter, scope, today());
    }

    public Optional<CaseFile> find(String caseId) {
        return store.find(caseId);
    }

    public List<AuditEntry> history(String caseId) {
        return store.history(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    /** Only the notes this reader may see; a CLB-restricted note never reaches a school or municipality. */
    public List<Note> notes(String caseId, Actor reader) {
        return store.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)).notesVisibleTo(reader);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
