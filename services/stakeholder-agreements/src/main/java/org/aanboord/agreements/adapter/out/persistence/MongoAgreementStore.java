package org.aanboord.agreements.adapter.out.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.application.AgreementStore;
import org.aanboord.agreements.application.PublishedVersion;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Published versions are only ever inserted: the store has no way to change one. */
@Repository
class MongoAgreementStore implements AgreementStore {

    static final String COLLECTION = "agreements";

    private final MongoTemplate mongo;

    MongoAgreementStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insertIfAbsent(PublishedVersion version, OutboxEntry pendingEvent) {
        try {
            mongo.insert(new AgreementDocument(version.agreement().key(), version.agreement(), version.publishedAt(),
                    version.publishedBy(), List.of(pendingEvent)));
            return true;
        } catch (DuplicateKeyException alreadyPublished) {
            return false;
        }
    }

    @Override
    public List<PublishedVersion> findAll() {
        return mongo.findAll(AgreementDocument.class).stream()
                .map(MongoAgreementStore::published)
                .sorted(Comparator.comparing((PublishedVersion version) -> version.agreement().agreementId())
                        .thenComparing(version -> version.agreement().version()))
                .toList();
    }

    @Override
    public Optional<PublishedVersion> find(String agreementId, int version) {
        return Optional.ofNullable(mongo.findById(agreementId + ":v" + version, AgreementDocument.class))
                .map(MongoAgreementStore::published);
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    private static PublishedVersion published(AgreementDocument document) {
        return new PublishedVersion(document.agreement(), document.publishedAt(), document.publishedBy());
    }
}
