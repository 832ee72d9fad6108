package org.aanboord.notifications.adapter.out.persistence;

import java.util.List;

import org.aanboord.notifications.domain.Alert;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An alert with the events still to be relayed; the _id is the alert's deterministic id (the sent-ledger key). */
@Document(MongoAlertStore.COLLECTION)
record AlertDocument(@Id String id, Alert alert, List<OutboxEntry> outbox) {
}
