package org.aanboord.agreements.application;

import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.domain.AgreementVersion;
import org.springframework.stereotype.Service;

/** Read side for the console and for partners. */
@Service
public class AgreementQueries {

    private final AgreementStore store;

    AgreementQueries(AgreementStore store) {
        this.store = store;
    }

    public List<AgreementVersion> all() {
        return store.findAll();
    }

    public Optional<AgreementVersion> version(String agreementId, int version) {
        return store.find(agreementId, version);
    }
}
