package org.aanboord.agreements.application;

import java.util.List;
import java.util.Optional;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.platform.outbox.OutboxEntry;

/** Where published agreement versions are kept. */
public interface AgreementStore {

    /**
     * Stores a published version together with its pending event, atomically; does nothing when that version
     * already exists (published versions are immutable).
     *
     * @return true if the version was new
     */
    boolean insertIfAbsent(AgreementVersion agreement, OutboxEntry pendingEvent);

    List<AgreementVersion> findAll();

    Optional<AgreementVersion> find(String agreementId, int version);

    /** The collection that holds the outbox, for the relay. */
    String collection();
}
