package org.aanboord.risk.application;

import java.time.Duration;
import java.util.function.Predicate;

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
 * ({@code aanboord.scoring.rebuild.buffered-states} at most) and each written once. When the topics name more
 * pupils than that, they are read in passes, each for a share of the pupils.
 * Publishes nothing.
 */
@Service
public class RebuildState {

    /** Room in each pass for pupils not splitting evenly over passes and lanes. */
    private static final double PASS_HEADROOM = 1.5;

    private final TopicHistory history;
    private final ScoringStore live;
    private final RebuildTargets targets;
    private final BatchScoring batches;

    private final int bufferedStates;
    private final int lanes = Runtime.getRuntime().availableProcessors();

    RebuildState(TopicHistory history, ScoringStore live, RebuildTargets targets, PupilScoring scoring,
            @Value("${aanboord.scoring.rebuild.buffered-states:20000}") int bufferedStates) {
        this.history = history;
        this.live = live;
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
        int passes = passes(pupils());
        TopicHistory.Counts counts = TopicHistory.Counts.NONE;
        TopicHistory.Counts signals = TopicHistory.Counts.NONE;
        long unscorable;
        try (RebuildLanes lanes = new RebuildLanes(target.store(), this.lanes, bufferedStates)) {
            for (int pass = 0; pass < passes; pass++) {
                Predicate<String> inPass = inPass(pass, passes);
                counts = counts.plus(history.registrations(inPass, batch -> lanes.score(batch,
                        AttendanceRegistrationEvent::pupilPseudonym,
                        (events, states) -> batches.score(events, states, target.agreements(), Unscorable.SKIP))));
                // Signals after registrations: the final state is the same in any order (both are keyed and
                // versioned); only the order of assessments in a pupil's history may differ from the live interleaving.
                signals = signals.plus(history.signals(inPass, batch -> lanes.score(batch, PupilSignalEvent::pupilPseudonym,
                        (events, states) -> batches.scoreSignals(events, states, target.agreements(), Unscorable.SKIP))));
                lanes.flush();
            }
            unscorable = lanes.unscorable();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        return new RebuildReport(database, agreementVersions, counts.records(), signals.records(),
                counts.unreadable() + signals.unreadable(), unscorable, passes, took.toMillis(),
                took.isZero() ? 0 : Math.round((counts.records() + signals.records()) / (took.toNanos() / 1e9)));
    }

    /**
     * As many passes over the topics as it takes for each pass's pupils to fit in memory: the topics are in time
     * order, so a state written out before its pupil's last event would be read and written again for every later day.
     */
    private int passes(long pupils) {
        return (int) Math.max(1, Math.ceil(pupils * PASS_HEADROOM / bufferedStates));
    }

    /**
     * How many pupils the rebuild will meet: the live state's pupil-years (at least one per pupil, counted by the
     * store without reading), or, when there is no live state to go by, the distinct keys on the topics (a read).
     */
    private long pupils() {
        long liveStates = live.estimatedCount();
        return liveStates > 0 ? liveStates : history.pupils();
    }

    /**
     * The pupils of one pass, by record key, from the high bits of the key's hash multiplied by the golden ratio
     * (Fibonacci hashing): spread evenly over the passes even when keys differ only at their end, and independent of
     * the split into lanes (by the low bits). Records without a key go with the first pass.
     */
    private static Predicate<String> inPass(int pass, int passes) {
        if (passes == 1) {
            return pupil -> true;
        }
        return pupil -> {
            if (pupil == null) {
                return pass == 0;
            }
            long mixed = (pupil.hashCode() * 0x9E3779B9L) & 0xFFFFFFFFL;
            return (int) ((mixed * passes) >>> 32) == pass;
        };
    }

    /**
     * What a rebuild did.
     *
     * @param unreadable  records skipped as the live binding dead-letters them
     * @param unscorable  registrations and signals for a school no agreement covered on that day (live retries,
     *                    then dead-letters)
     * @param passes     how often the topics were read, each time for a share of the pupils that fits in memory
     * @param eventsPerSecond registrations and signals per second
     */
    public record RebuildReport(String database, long agreementVersions, long registrations, long signals,
            long unreadable, long unscorable, int passes, long millis, long eventsPerSecond) {
    }
}
