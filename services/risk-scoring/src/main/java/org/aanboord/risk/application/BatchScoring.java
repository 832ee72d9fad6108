package org.aanboord.risk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.application.ScoringStore.Change;
import org.aanboord.risk.domain.SchoolYear;

/**
 * Scores a batch of events against one read of the store: the states of every pupil in the batch are loaded
 * together and the events applied in their order (so one pupil's events stay in order). Live scoring and the
 * rebuild both run this and save the result through the same {@link ScoringStore#saveAll}, which is what makes a
 * rebuild equal the live state.
 */
public final class BatchScoring {

    private final PupilScoring scoring;

    public BatchScoring(PupilScoring scoring) {
        this.scoring = scoring;
    }

    /** What to do with an event no agreement covers on its day. */
    public enum Unscorable {
        /** Stop there (live: the event is retried, the agreement usually arrives shortly). */
        STOP,
        /** Skip it and go on (rebuild: the live binding dead-lettered it in the end). */
        SKIP
    }

    /**
     * @return the changed states (with no pending events yet), how many events were not newer than what was known,
     *         how many could not be scored, and where scoring stopped, if it did
     */
    public Result score(List<AttendanceRegistrationEvent> events, ScoringStates store, AgreementDirectory agreements,
            Unscorable unscorable) {
        AgreementFor agreementFor = PupilScoring.applicableIn(agreements);
        return score(events, event -> keyOf(event.pupilPseudonym(), event.date()),
                (state, event) -> scoring.score(state, event, agreementFor), store, unscorable);
    }

    /** Signals (report results, repetition, disciplinary measures, concerns), like registrations. */
    public Result scoreSignals(List<PupilSignalEvent> signals, ScoringStates store, AgreementDirectory agreements,
            Unscorable unscorable) {
        AgreementFor agreementFor = PupilScoring.applicableIn(agreements);
        return score(signals, signal -> keyOf(signal.pupilPseudonym(), signal.date()),
                (state, signal) -> scoring.score(state, signal, agreementFor), store, unscorable);
    }

    private static <E> Result score(List<E> events, Function<E, PupilYearKey> keyOf,
            BiFunction<PupilYearState, E, Optional<PupilScoring.Scored>> score, ScoringStates store,
            Unscorable unscorable) {
        Set<PupilYearKey> keys = new LinkedHashSet<>();
        events.forEach(event -> keys.add(keyOf.apply(event)));
        Map<PupilYearKey, PupilYearState> stored = store.findAll(keys);
        Map<PupilYearKey, PupilYearState> current = new HashMap<>(stored);
        Map<PupilYearKey, List<RiskAssessmentChanged>> changed = new LinkedHashMap<>();
        Map<String, Integer> causes = new HashMap<>();
        int ignored = 0;
        int skipped = 0;
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            PupilYearKey key = keyOf.apply(event);
            PupilYearState state = current.getOrDefault(key, PupilYearState.empty(key.pupilPseudonym(), key.schoolYear()));
            PupilScoring.Scored scored;
            try {
                scored = score.apply(state, event).orElse(null);
            } catch (AgreementNotYetKnownException e) {
                if (unscorable == Unscorable.STOP) {
                    return new Result(changes(stored, current, changed), causes, ignored, skipped,
                            new ScoringStoppedException(i, e));
                }
                skipped++;
                continue;
            }
            if (scored == null) {
                ignored++;
                continue;
            }
            current.put(key, scored.next());
            List<RiskAssessmentChanged> added = changed.computeIfAbsent(key, k -> new ArrayList<>());
            if (scored.published() != null) {
                added.add(scored.published());
                causes.put(scored.published().assessmentId(), i);
            }
        }
        return new Result(changes(stored, current, changed), causes, ignored, skipped, null);
    }

    private static List<Change> changes(Map<PupilYearKey, PupilYearState> stored,
            Map<PupilYearKey, PupilYearState> current, Map<PupilYearKey, List<RiskAssessmentChanged>> changed) {
        return changed.entrySet().stream()
                .map(entry -> new Change(stored.getOrDefault(entry.getKey(),
                        PupilYearState.empty(entry.getKey().pupilPseudonym(), entry.getKey().schoolYear())),
                        current.get(entry.getKey()), entry.getValue(), List.of()))
                .toList();
    }

    private static PupilYearKey keyOf(String pupilPseudonym, LocalDate day) {
        return new PupilYearKey(pupilPseudonym, SchoolYear.of(day));
    }

    /**
     * @param causes     for each new assessment id, the position in the batch of the event that caused it
     * @param ignored    events not newer than what was known for their half-day (duplicates, stale resends)
     * @param unscorable events skipped because no agreement covered their school on that day
     * @param stopped    where scoring stopped ({@link Unscorable#STOP}), or null when every event was applied
     */
    public record Result(Collection<Change> changes, Map<String, Integer> causes, int ignored, int unscorable,
            ScoringStoppedException stopped) {
    }
}
