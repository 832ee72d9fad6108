package org.aanboord.risk.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.risk.application.ScoringStore.Change;

/**
 * The rebuild's view of its target store: the states it scores stay in memory and are written once each, when the
 * buffer is full and at the end, instead of once per poll. A pupil's year of registrations is spread over many
 * polls of the topic, so this turns a read and a write per poll into one write per pupil-year. Publishes nothing,
 * so it accepts no pending events.
 */
final class BufferedStates implements ScoringStates {

    private final ScoringStates target;
    private final int capacity;
    /** Per buffered state: the state as the target holds it (or empty) and the latest scored one. */
    private final Map<PupilYearKey, Change> buffered = new LinkedHashMap<>();

    BufferedStates(ScoringStates target, int capacity) {
        this.target = target;
        this.capacity = capacity;
    }

    @Override
    public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
        return ScoringStates.heldOrRead(keys, key -> {
            Change change = buffered.get(key);
            return change == null ? null : change.next();
        }, target);
    }

    @Override
    public List<Object> saveAll(Collection<Change> changes) {
        for (Change change : changes) {
            if (!change.pending().isEmpty()) {
                throw new IllegalArgumentException("A rebuild publishes nothing");
            }
            PupilYearKey key = new PupilYearKey(change.next().pupilPseudonym(), change.next().schoolYear());
            Change earlier = buffered.get(key);
            buffered.put(key, earlier == null ? change : new Change(earlier.stored(), change.next(),
                    concat(earlier.added(), change.added()), List.of()));
        }
        if (buffered.size() >= capacity) {
            flush();
        }
        return List.of();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** Writes every buffered state to the target. */
    void flush() {
        target.saveAll(buffered.values());
        buffered.clear();
    }
}
