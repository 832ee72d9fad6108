package org.aanboord.cases.application;

import java.util.List;
import java.util.Optional;

import org.aanboord.cases.domain.CaseFile;
import org.springframework.stereotype.Service;

/** Read side for the CLB, the school and the console. */
@Service
public class CaseQueries {

    private final CaseStore store;

    CaseQueries(CaseStore store) {
        this.store = store;
    }

    public List<CaseFile> find(CaseFilter filter) {
        return store.find(filter);
    }

    public Optional<CaseFile> find(String caseId) {
        return store.find(caseId);
    }
}
