package org.aanboord.risk.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.risk.application.ScoringStore.Change;
import org.aanboord.risk.domain.HalfDayEntry;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** The two views of the store scoring works through: live (recent states in memory) and the rebuild's buffer. */
class ScoringStatesTest {

    private final CountingStore store = new CountingStore();
    private final PupilYearKey pupil = new PupilYearKey("pupil-a", "2026-2027");

    @Test
    void livePupilsOfThePreviousPollAreNotReadBackAndAConcurrentSaveSendsScoringBackToTheStore() {
        RecentStates recent = new RecentStates(store, 1_000);
        PupilYearState first = scoreOneMore(pupil, recent);
        assertThat(store.keysRead).isEqualTo(1);

        PupilYearState cached = recent.findAll(List.of(pupil)).get(pupil);
        assertThat(store.keysRead).as("served from memory").isEqualTo(1);
        assertThat(cached.version()).as("the version it was stored under").isEqualTo(0L);
        assertThat(cached.halfDays()).isEqualTo(first.halfDays());

        store.savedElsewhere(pupil);
        assertThatThrownBy(() -> scoreOneMore(pupil, recent)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(recent.findAll(List.of(pupil)).get(pupil).version()).as("read again from the store").isEqualTo(1L);
        assertThat(store.keysRead).isEqualTo(2);
    }

    @Test
    void liveMemoryIsBoundedByTheHalfDaysItHolds() {
        RecentStates recent = new RecentStates(store, 3);
        PupilYearKey other = new PupilYearKey("pupil-b", "2026-2027");
        scoreOneMore(pupil, recent);
        scoreOneMore(other, recent);
        recent.findAll(List.of(pupil, other));
        assertThat(store.keysRead).as("the least recently used one was let go").isEqualTo(3);
    }

    @Test
    void aRebuildWritesEachPupilYearOnceUntilItsBufferIsFull() {
        BufferedStates buffered = new BufferedStates(store, 2);
        PupilYearKey other = new PupilYearKey("pupil-b", "2026-2027");
        for (int poll = 0; poll < 3; poll++) {
            scoreOneMore(pupil, buffered);
        }
        assertThat(store.writes).as("nothing written yet").isZero();
        scoreOneMore(other, buffered);
        assertThat(store.writes).as("full: both written once").isEqualTo(2);
        scoreOneMore(pupil, buffered);
        buffered.flush();
        assertThat(store.writes).isEqualTo(3);
        assertThat(store.states.get(pupil).halfDays()).as("all four half-days").hasSize(4);
        assertThat(store.states.get(pupil).version()).as("inserted, then updated once").isEqualTo(1L);
    }

    /** Reads the pupil-year as scoring does, adds one B half-day and saves it. */
    private PupilYearState scoreOneMore(PupilYearKey key, ScoringStates states) {
        PupilYearState read = states.findAll(List.of(key)).get(key);
        PupilYearState stored = read == null ? PupilYearState.empty(key.pupilPseudonym(), key.schoolYear()) : read;
        Map<String, HalfDayEntry> halfDays = new HashMap<>(stored.halfDays());
        halfDays.put("2026-10-0" + (halfDays.size() + 1) + "/AM", new HalfDayEntry("school-1", AttendanceCode.B, 1));
        PupilYearState next = new PupilYearState(key.pupilPseudonym(), key.schoolYear(), halfDays, Map.of(), List.of(),
                stored.attentionLevel(), stored.assessmentCount(), stored.version());
        states.saveAll(List.of(new Change(stored, next, List.of(), List.of())));
        return next;
    }

    /** Versions and compare-and-set as the MongoDB store does them; counts what it is asked. */
    private static final class CountingStore implements ScoringStates {

        final Map<PupilYearKey, PupilYearState> states = new HashMap<>();
        int keysRead;
        int writes;

        @Override
        public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
            keysRead += keys.size();
            Map<PupilYearKey, PupilYearState> found = new HashMap<>();
            keys.stream().filter(states::containsKey).forEach(key -> found.put(key, states.get(key)));
            return found;
        }

        @Override
        public List<Object> saveAll(Collection<Change> changes) {
            for (Change change : changes) {
                PupilYearKey key = new PupilYearKey(change.next().pupilPseudonym(), change.next().schoolYear());
                PupilYearState current = states.get(key);
                if (!Objects.equals(current == null ? null : current.version(), change.stored().version())) {
                    throw new OptimisticLockingFailureException("changed concurrently");
                }
                states.put(key, change.next().withVersion(current == null ? 0 : current.version() + 1));
                writes++;
            }
            return new ArrayList<>();
        }

        void savedElsewhere(PupilYearKey key) {
            states.put(key, states.get(key).withVersion(states.get(key).version() + 1));
        }
    }
}
