package org.aanboord.risk.application;

import java.time.LocalDate;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.application.PupilScoring.Scored;
import org.aanboord.risk.domain.SchoolYear;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies one attendance event or signal to the pupil's school year, evaluates the agreement's rules and publishes
 * an assessment only when something changed: a rule newly holds, a rule cleared, or the attention level moved.
 */
@Service
public class ScoreAttendance {

    private final ScoringStore store;
    private final AgreementDirectory agreements;
    private final OutboxRelay relay;
    private final EventJson json;
    private final MeterRegistry meters;
    private final PupilScoring scoring;

    ScoreAttendance(ScoringStore store, AgreementDirectory agreements, OutboxRelay relay, EventJson json,
            MeterRegistry meters, PupilScoring scoring) {
        this.store = store;
        this.agreements = agreements;
        this.relay = relay;
        this.json = json;
        this.meters = meters;
        this.scoring = scoring;
    }

    public void score(AttendanceRegistrationEvent event) {
        PupilYearState state = stateOf(event.pupilPseudonym(), event.date());
        save(scoring.score(state, event, PupilScoring.applicableIn(agreements)).orElse(null), "registrations");
    }

    /** A report result, grade repetition, disciplinary measure or concern: scored like a half-day. */
    public void score(PupilSignalEvent signal) {
        PupilYearState state = stateOf(signal.pupilPseudonym(), signal.date());
        save(scoring.score(state, signal, PupilScoring.applicableIn(agreements)).orElse(null), "signals");
    }

    private PupilYearState stateOf(String pupilPseudonym, LocalDate day) {
        String schoolYear = SchoolYear.of(day);
        return store.find(pupilPseudonym, schoolYear).orElseGet(() -> PupilYearState.empty(pupilPseudonym, schoolYear));
    }

    private void save(Scored scored, String input) {
        if (scored == null) {
            meters.counter("risk." + input + ".ignored", "reason", "not-newer").increment();
            return;
        }
        OutboxEntry pending = null;
        RiskAssessmentChanged published = scored.published();
        String pupil = scored.next().pupilPseudonym();
        if (published != null) {
            pending = OutboxEntry.of(OutgoingEvent.of(published.assessmentId(), published, pupil, pupil, json));
            meters.counter("risk.assessments.published", "level", published.attentionLevel().name()).increment();
        }
        Object id = store.save(scored.next(), pending);
        if (pending != null) {
            relay.relaySoon(store.collection(), id);
        }
    }
}
