package org.aanboord.ingestion.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;

import org.aanboord.ingestion.application.FactLedger;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** One entry per enrolment or signal, keyed by its natural key (an upsert never creates two). */
@Repository
class MongoFactLedger implements FactLedger {

    private final MongoTemplate mongo;

    MongoFactLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<RecordedFact> find(String naturalKey) {
        return Optional.ofNullable(mongo.findById(naturalKey, FactEntry.class))
                .map(entry -> new RecordedFact(entry.fingerprint(), entry.version()));
    }

    @Override
    public void record(String naturalKey, String fingerprint, int version) {
        mongo.save(new FactEntry(naturalKey, fingerprint, version, Instant.now()));
    }

    @Document("pupil_facts")
    record FactEntry(@Id String id, String fingerprint, int version, Instant recordedAt) {
    }
}
