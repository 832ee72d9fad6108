package org.aanboord.agreements.adapter.out.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.application.AgreementStore;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoAgreementStore implements AgreementStore {

    static final String COLLECTION = "agreements";

    private final MongoTemplate mongo;

    MongoAgreementStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertIfAbsent(AgreementVersion agreement, OutboxEntry pendingEvent) {
        try {
            mongo.insert(new AgreementDocument(agreement.key(), agreement, List.of(pendingEvent)));
            return true;
        } catch (DuplicateKeyException alreadyPublished) {
            return false;
        }
    }

    @Override
    public List<AgreementVersion> findAll() {
        return mongo.findAll(AgreementDocument.class).stream()
                .map(AgreementDocument::agreement)
                .sorted(Comparator.comparing(AgreementVersion::agreementId).thenComparing(AgreementVersion::version))
                .toList();
    }

    @Override
    public Optional<AgreementVersion> find(String agreementId, int version) {
        return Optional.ofNullable(mongo.findById(agreementId + ":v" + version, AgreementDocument.class))
                .map(AgreementDocument::agreement);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }
}
