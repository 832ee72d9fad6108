package org.aanboord.risk.application;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aanboord.risk.application.ScoringStore.Change;

/**
 * The states live scoring saved last, kept in memory so the next poll that touches the same pupils does not read
 * them back (a backlog, a morning's catch-up, a pupil's corrections). Write-through: a state is cached only once
 * the store acknowledged it, with the version it was stored under, so the store's compare-and-set still decides.
 * A stale entry (another instance took the partition over meanwhile) fails that check; then the cache is emptied
 * and the batch retried from the store. Bounded by the number of half-days held, least recently used first out.
 */
final class RecentStates implements ScoringStates {

    private final ScoringStates store;
    private final long maxHalfDays;
    private final LinkedHashMap<PupilYearKey, PupilYearState> states = new LinkedHashMap<>(1024, 0.75f, true);
    private long halfDaysHeld;

    RecentStates(ScoringStates store, long maxHalfDays) {
        this.store = store;
        this.maxHalfDays = maxHalfDays;
    }

    @Override
    public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
        return ScoringStates.heldOrRead(keys, this::recent, store);
    }

    private synchronized PupilYearState recent(PupilYearKey key) {
        return states.get(key);
    }

    @Override
    public List<Object> saveAll(Collection<Change> changes) {
        List<Object> withPending;
        try {
            withPending = store.saveAll(changes);
        } catch (RuntimeException e) {
            clear();
            throw e;
        }
        synchronized (this) {
            for (Change change : changes) {
                Long read = change.stored().version();
                remember(change.next().withVersion(read == null ? 0 : read + 1));
            }
            evictBeyondLimit();
        }
        return withPending;
    }

    synchronized void clear() {
        states.clear();
        halfDaysHeld = 0;
    }

    private void remember(PupilYearState state) {
        PupilYearState previous = states.put(new PupilYearKey(state.pupilPseudonym(), state.schoolYear()), state);
        halfDaysHeld += weight(state) - (previous == null ? 0 : weight(previous));
    }

    private void evictBeyondLimit() {
        Iterator<PupilYearState> eldestFirst = states.values().iterator();
        while (halfDaysHeld > maxHalfDays && eldestFirst.hasNext()) {
            halfDaysHeld -= weight(eldestFirst.next());
            eldestFirst.remove();
        }
    }

    private static long weight(PupilYearState state) {
        return state.halfDays().size() + state.signals().size() + 1L;
    }
}
