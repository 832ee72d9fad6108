package org.aanboord.risk.application;

import java.util.Optional;

import org.aanboord.platform.outbox.OutboxEntry;

/** Where each pupil's scoring state lives. */
public interface ScoringStore {

    Optional<PupilYearState> find(String pupilPseudonym, String schoolYear);

    /**
     * Saves the state and its pending event in one write, failing if someone else saved in between.
     *
     * @param pendingEvent the assessment to relay, or null when nothing changed that consumers need to know
     * @return the id of the stored document, for the outbox relay
     */
    Object save(PupilYearState state, OutboxEntry pendingEvent);

    String collection();
}
