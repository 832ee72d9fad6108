package org.aanboord.risk.application;

import java.util.Collection;
import java.util.List;
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
     * Saves every change in one bulk write, each with its pending events in the same document (the outbox), and
     * each only if nobody else saved that state since it was read.
     *
     * @return the ids of the saved documents that now hold pending events, for the outbox relay
     * @throws org.springframework.dao.OptimisticLockingFailureException when a state changed concurrently; the
     *         other changes are saved (and their pending events left to the relay's sweep)
     */
    List<Object> saveAll(Collection<Change> changes);

    /** Every stored state of a school year, one at a time (for back-tests over a whole region). */
    void forEachInSchoolYear(String schoolYear, Consumer<PupilYearState> each);

    /** Whether nothing is stored yet. */
    boolean isEmpty();

    String collection();

    /**
     * One pupil-year as it was read and as it is after scoring.
     *
     * @param stored  the state as read (version null when it was not stored yet)
     * @param next    the state to save; its assessments beyond those of {@code stored} are the new ones
     * @param pending the new assessments as outbox entries to relay, or none (a rebuild publishes nothing)
     */
    record Change(PupilYearState stored, PupilYearState next, List<OutboxEntry> pending) {
    }
}
