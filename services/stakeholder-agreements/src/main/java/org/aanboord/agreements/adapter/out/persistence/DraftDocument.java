package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;

import org.aanboord.agreements.domain.AgreementVersion;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The one draft of an agreement, keyed by the agreement id. */
@Document(MongoDraftStore.COLLECTION)
record DraftDocument(@Id String id, AgreementVersion agreement, Instant savedAt, String savedBy) {
}
