package org.aanboord.agreements.adapter.out.persistence;

import java.util.Optional;

import org.aanboord.agreements.application.Draft;
import org.aanboord.agreements.application.DraftStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoDraftStore implements DraftStore {

    static final String COLLECTION = "agreement_drafts";

    private final MongoTemplate mongo;

    MongoDraftStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(Draft draft) {
        mongo.save(new DraftDocument(draft.agreement().agreementId(), draft.agreement(), draft.savedAt(),
                draft.savedBy()));
    }

    @Override
    public Optional<Draft> find(String agreementId) {
        return Optional.ofNullable(mongo.findById(agreementId, DraftDocument.class))
                .map(document -> new Draft(document.agreement(), document.savedAt(), document.savedBy()));
    }

    @Override
    public boolean delete(String agreementId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(agreementId)), DraftDocument.class)
                .getDeletedCount() > 0;
    }
}
