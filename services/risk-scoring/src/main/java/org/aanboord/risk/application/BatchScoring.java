package org.aanboord.risk.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.domain.SchoolYear;

/**
 * Scores a batch of events with one read and one write of the store: the states of every pupil in the batch are
 * loaded together, the events applied in their order (so one pupil's events stay in order), and the changed
 * states written together. Runs the same {@link PupilScoring} step as live scoring.
 */
public final class BatchScoring {

    private final PupilScoring scoring;

    public BatchScoring(PupilScoring scoring) {
        this.scoring = scoring;
    }

    /** @return how many events could not be scored because no agreement covered the school on that day */
    public long apply(List<AttendanceRegistrationEvent> events, ScoringStore store, AgreementDirectory agreements) {
        return apply(events, event -> keyOf(event.pupilPseudonym(), event.date()),
                (state, event) -> scoring.score(state, event, PupilScoring.applicableIn(agreements)), store);
    }

    /** Signals in batches, like registrations. */
    public long applySignals(List<PupilSignalEvent> signals, ScoringStore store, AgreementDirectory agreements) {
        return apply(signals, signal -> keyOf(signal.pupilPseudonym(), signal.date()),
                (state, signal) -> scoring.score(state, signal, PupilScoring.applicableIn(agreements)), store);
    }

    private static <E> long apply(List<E> events, Function<E, PupilYearKey> keyOf,
            BiFunction<PupilYearState, E, Optional<PupilScoring.Scored>> score, ScoringStore store) {
        Set<PupilYearKey> keys = new LinkedHashSet<>();
        events.forEach(event -> keys.add(keyOf.apply(event)));
        Map<PupilYearKey, PupilYearState> states = new HashMap<>(store.findAll(keys));
        Map<PupilYearKey, PupilYearState> changed = new LinkedHashMap<>();
        long unscorable = 0;
        for (E event : events) {
            PupilYearKey key = keyOf.apply(event);
            PupilYearState state = states.getOrDefault(key, PupilYearState.empty(key.pupilPseudonym(), key.schoolYear()));
            PupilYearState next;
            try {
                next = score.apply(state, event).map(PupilScoring.Scored::next).orElse(null);
            } catch (AgreementNotYetKnownException e) {
                unscorable++;
                continue;
            }
            if (next != null) {
                states.put(key, next);
                changed.put(key, next);
            }
        }
        store.replaceAll(changed.values());
        return unscorable;
    }

    private static PupilYearKey keyOf(String pupilPseudonym, LocalDate day) {
        return new PupilYearKey(pupilPseudonym, SchoolYear.of(day));
    }
}
