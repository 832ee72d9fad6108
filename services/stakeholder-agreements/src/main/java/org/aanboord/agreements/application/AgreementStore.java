package org.aanboord.agreements.application;

import java.util.List;
import java.util.Optional;

import org.aanboord.platform.outbox.OutboxEntry;

/** Where published agreement versions are kept; they are never changed once stored. */
public interface AgreementStore {

    /**
     * Stores a published version together with its pending event, atomically; does nothing when that version
     * already exists (published versions are immutable).
     *
     * @return true if the version was new
     */
    boolean insertIfAbsent(PublishedVersion version, OutboxEntry pendingEvent);

    /** Every published version of every agreement, by agreement and version. */
    List<PublishedVersion> findAll();

    Optional<PublishedVersion> find(String agreementId, int version);

    /** The collection that holds the outbox, for the relay. */
    String collection();
}
