package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A published agreement version with the events still to be relayed. */
@Document(MongoAgreementStore.COLLECTION)
record AgreementDocument(@Id String id, AgreementVersion agreement, Instant publishedAt, String publishedBy,
        List<OutboxEntry> outbox) {
}
