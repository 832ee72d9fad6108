package org.aanboord.risk.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.BatchScoring.Result;
import org.aanboord.risk.application.BatchScoring.Unscorable;
import org.aanboord.risk.application.ScoringStore.Change;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies a poll's attendance events (or one signal) to the pupils' school years, evaluates the agreement's rules and publishes
 * an assessment only when something changed: a rule newly holds, a rule cleared, or the attention level moved.
 * One read of the store (none for the pupils of recent polls, {@link RecentStates}), one bulk write (each state
 * with its new assessments in its outbox) and one relay per batch.
 */
@Service
public class ScoreAttendance {

    private final ScoringStore store;
    private final RecentStates states;
    private final AgreementDirectory agreements;
    private final OutboxRelay relay;
    private final EventJson json;
    private final MeterRegistry meters;
    private final BatchScoring batches;

    ScoreAttendance(ScoringStore store, AgreementDirectory agreements, OutboxRelay relay, EventJson json,
            MeterRegistry meters, PupilScoring scoring,
            @Value("${aanboord.scoring.state-cache.max-half-days:500000}") long cachedHalfDays) {
        this.store = store;
        this.states = new RecentStates(store, cachedHalfDays);
        this.agreements = agreements;
        this.relay = relay;
        this.json = json;
        this.meters = meters;
        this.batches = new BatchScoring(scoring);
    }

    /**
     * @param traceparents for each event, the W3C trace context of its record (or null): an assessment is
     *                     published in the trace of the event that caused it, though the batch is scored at once
     * @throws ScoringStoppedException when no agreement covers an event's school on its day yet: the events before
     *         it are saved, that one and the rest are not
     */
    public void score(List<AttendanceRegistrationEvent> events, List<String> traceparents) {
        save(batches.score(events, states, agreements, Unscorable.STOP), traceparents, "registrations");
    }

    /**
     * A report result, grade repetition, disciplinary measure or concern, scored like a half-day.
     *
     * @throws AgreementNotYetKnownException when no agreement covers the signal's school on its day yet (retried)
     */
    public void score(PupilSignalEvent signal) {
        try {
            save(batches.scoreSignals(List.of(signal), states, agreements, Unscorable.STOP),
                    Collections.singletonList(null), "signals");
        } catch (ScoringStoppedException e) {
            throw (AgreementNotYetKnownException) e.getCause();
        }
    }

    private void save(Result result, List<String> traceparents, String input) {
        List<Change> changes = new ArrayList<>(result.changes().size());
        for (Change change : result.changes()) {
            changes.add(new Change(change.stored(), change.next(), change.added(), pending(change, result, traceparents)));
        }
        relay.relaySoon(store.collection(), states.saveAll(changes));
        if (result.ignored() > 0) {
            meters.counter("risk." + input + ".ignored", "reason", "not-newer").increment(result.ignored());
        }
        if (result.stopped() != null) {
            throw result.stopped();
        }
    }

    private List<OutboxEntry> pending(Change change, Result result, List<String> traceparents) {
        List<OutboxEntry> pending = new ArrayList<>();
        for (RiskAssessmentChanged published : change.added()) {
            String cause = traceparents.get(result.causes().get(published.assessmentId()));
            pending.add(OutboxEntry.of(OutgoingEvent.of(published.assessmentId(), published, published.pupilPseudonym(),
                    published.pupilPseudonym(), json).causedBy(cause)));
            meters.counter("risk.assessments.published", "level", published.attentionLevel().name()).increment();
        }
        return pending;
    }
}
