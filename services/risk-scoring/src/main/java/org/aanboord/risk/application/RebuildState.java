package org.aanboord.risk.application;

import java.time.Duration;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.risk.application.BatchScoring.Unscorable;
import org.aanboord.risk.application.RebuildTargets.Target;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Rebuilds all scoring state from the topics, from offset 0, into a fresh database: first every agreement version,
 * then every registration and every signal in batches through the same scoring step as live processing, split by
 * pupil over one lane per core ({@link RebuildLanes}), the states held in memory between batches
 * ({@code aanboord.scoring.rebuild.buffered-states} at most) and each written once.
 * Publishes nothing.
 */
@Service
public class RebuildState {

    private final TopicHistory history;
    private final RebuildTargets targets;
    private final BatchScoring batches;

    private final int bufferedStates;
    private final int lanes = Runtime.getRuntime().availableProcessors();

    RebuildState(TopicHistory history, RebuildTargets targets, PupilScoring scoring,
            @Value("${aanboord.scoring.rebuild.buffered-states:20000}") int bufferedStates) {
        this.history = history;
        this.targets = targets;
        this.batches = new BatchScoring(scoring);
        this.bufferedStates = bufferedStates;
    }

    /** @throws RebuildTargetRefusedException when the database is the live one or already holds scoring state */
    public RebuildReport rebuild(String database) {
        Target target = targets.open(database);
        if (!target.store().isEmpty()) {
            throw new RebuildTargetRefusedException(database, "it already holds scoring state; use a new name");
        }
        long started = System.nanoTime();
        long agreementVersions = history.agreements(target.agreements()::record);
        TopicHistory.Counts counts;
        TopicHistory.Counts signals;
        long unscorable;
        try (RebuildLanes lanes = new RebuildLanes(target.store(), this.lanes, bufferedStates)) {
            counts = history.registrations(batch -> lanes.score(batch, AttendanceRegistrationEvent::pupilPseudonym,
                    (events, states) -> batches.score(events, states, target.agreements(), Unscorable.SKIP)));
            // Signals after registrations: the final state is the same in any order (both are keyed and versioned);
            // only the order of assessments in a pupil's history may differ from the live interleaving.
            signals = history.signals(batch -> lanes.score(batch, PupilSignalEvent::pupilPseudonym,
                    (events, states) -> batches.scoreSignals(events, states, target.agreements(), Unscorable.SKIP)));
            lanes.flush();
            unscorable = lanes.unscorable();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new RebuildReport(database, agreementVersions, counts.records(), signals.records(),
                counts.unreadable() + signals.unreadable(), unscorable, took.toMillis(),
                took.isZero() ? 0 : Math.round((counts.records() + signals.records()) / (took.toNanos() / 1e9)));
    }

    /**
     * What a rebuild did.
     *
     * @param unreadable  records skipped as the live binding dead-letters them
     * @param unscorable  registrations and signals for a school no agreement covered on that day (live retries,
     *                    then dead-letters)
     * @param eventsPerSecond registrations and signals per second
     */
    public record RebuildReport(String database, long agreementVersions, long registrations, long signals,
            long unreadable, long unscorable, long millis, long eventsPerSecond) {
    }
}
