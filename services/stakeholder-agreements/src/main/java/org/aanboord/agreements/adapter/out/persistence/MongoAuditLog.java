package org.aanboord.agreements.adapter.out.persistence;

import java.util.List;
import java.util.UUID;

import org.aanboord.agreements.application.AuditEntry;
import org.aanboord.agreements.application.AuditLog;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Insert-only: entries are never updated or removed. */
@Repository
class MongoAuditLog implements AuditLog {

    static final String COLLECTION = "agreement_audit";

    private final MongoTemplate mongo;

    MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(new AuditDocument(UUID.randomUUID().toString(), entry.agreementId(), entry.version(), entry.at(),
                entry.actor(), entry.role(), entry.action(), entry.details()));
    }

    @Override
    public List<AuditEntry> of(String agreementId) {
        Query query = Query.query(Criteria.where("agreementId").is(agreementId)).with(Sort.by("at"));
        return mongo.find(query, AuditDocument.class).stream()
                .map(document -> new AuditEntry(document.agreementId(), document.version(), document.at(),
                        document.actor(), document.role(), document.action(), document.details()))
                .toList();
    }
}
