package org.aanboord.risk.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aanboord.risk.application.ScoringStore.Change;

/** What scoring a batch needs of the store: read the batch's states at once, save the changed ones at once. */
public interface ScoringStates {

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

    /** The states among these keys: those {@code held} in memory, the others read from {@code store} at once. */
    static Map<PupilYearKey, PupilYearState> heldOrRead(Collection<PupilYearKey> keys,
            Function<PupilYearKey, PupilYearState> held, ScoringStates store) {
        Map<PupilYearKey, PupilYearState> states = new HashMap<>();
        List<PupilYearKey> missing = new ArrayList<>();
        for (PupilYearKey key : keys) {
            PupilYearState state = held.apply(key);
            if (state == null) {
                missing.add(key);
            } else {
                states.put(key, state);
            }
        }
        if (!missing.isEmpty()) {
            states.putAll(store.findAll(missing));
        }
        return states;
    }
}
