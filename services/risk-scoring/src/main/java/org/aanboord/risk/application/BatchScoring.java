package org.aanboord.risk.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        // Each pupil-year is looked up once per batch, not once per event.
        Map<PupilYearKey, PupilYearChanges> pupilYears = new LinkedHashMap<>();
        List<PupilYearChanges> ofEvent = new ArrayList<>(events.size());
        for (E event : events) {
            ofEvent.add(pupilYears.computeIfAbsent(keyOf.apply(event), PupilYearChanges::new));
        }
        Map<PupilYearKey, PupilYearState> stored = store.findAll(pupilYears.keySet());
        pupilYears.forEach((key, changes) -> changes.startFrom(stored.get(key)));
        Map<String, Integer> causes = new HashMap<>();
        int ignored = 0;
        int skipped = 0;
        for (int i = 0; i < events.size(); i++) {
            PupilYearChanges changes = ofEvent.get(i);
            PupilScoring.Scored scored;
            try {
                scored = score.apply(changes.current, events.get(i)).orElse(null);
            } catch (AgreementNotYetKnownException e) {
                if (unscorable == Unscorable.STOP) {
                    return new Result(changed(pupilYears), causes, ignored, skipped, new ScoringStoppedException(i, e));
                }
                skipped++;
                continue;
            }
            if (scored == null) {
                ignored++;
                continue;
            }
            changes.apply(scored);
            if (scored.published() != null) {
                causes.put(scored.published().assessmentId(), i);
            }
        }
        return new Result(changed(pupilYears), causes, ignored, skipped, null);
    }

    private static List<Change> changed(Map<PupilYearKey, PupilYearChanges> pupilYears) {
        List<Change> changed = new ArrayList<>();
        pupilYears.values().forEach(changes -> {
            if (changes.changed) {
                changed.add(new Change(changes.stored, changes.current, changes.added, List.of()));
            }
        });
        return changed;
    }

    /** One pupil-year within a batch: as stored, as scored so far and the assessments that adds. */
    private static final class PupilYearChanges {

        private final PupilYearKey key;
        private PupilYearState stored;
        private PupilYearState current;
        private final List<RiskAssessmentChanged> added = new ArrayList<>();
        private boolean changed;

        PupilYearChanges(PupilYearKey key) {
            this.key = key;
        }

        void startFrom(PupilYearState state) {
            stored = state != null ? state : PupilYearState.empty(key.pupilPseudonym(), key.schoolYear());
            current = stored;
        }

        void apply(PupilScoring.Scored scored) {
            current = scored.next();
            changed = true;
            if (scored.published() != null) {
                added.add(scored.published());
            }
        }
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
