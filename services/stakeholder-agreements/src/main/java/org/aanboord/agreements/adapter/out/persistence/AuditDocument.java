package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(MongoAuditLog.COLLECTION)
record AuditDocument(@Id String id, String agreementId, int version, Instant at, String actor, String role,
        String action, List<String> details) {
}
