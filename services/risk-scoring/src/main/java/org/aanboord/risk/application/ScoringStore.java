package org.aanboord.risk.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.aanboord.platform.outbox.OutboxEntry;

/** Where each pupil's scoring state lives. */
public interface ScoringStore {

    Optional<PupilYearState> find(String pupilPseudonym, String schoolYear);

    /** The stored states among these keys, in one round trip; keys without a state are left out. */
    Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys);

    /**
     * Saves the state and its pending event in one write, failing if someone else saved in between.
     *
     * @param pendingEvent the assessment to relay, or null when nothing changed that consumers need to know
     * @return the id of the stored document, for the outbox relay
     */
    Object save(PupilYearState state, OutboxEntry pendingEvent);

    /**
     * Writes whole states in one batch, with nothing to relay. Only for a store nobody else writes to: a rebuild
     * target, which must publish nothing.
     */
    void replaceAll(Collection<PupilYearState> states);

    /** Every stored state of a school year, one at a time (for back-tests over a whole region). */
    void forEachInSchoolYear(String schoolYear, Consumer<PupilYearState> each);

    /** Whether nothing is stored yet. */
    boolean isEmpty();

    String collection();
}
