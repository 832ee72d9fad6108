package org.aanboord.risk.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.School;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.aanboord.risk.domain.Assessment;
import org.aanboord.risk.domain.PupilYear;
import org.aanboord.risk.domain.RuleEvaluator;
import org.aanboord.risk.domain.SchoolYear;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Applies one attendance event to the pupil's school year, evaluates the agreement's rules and publishes an
 * assessment only when something changed: a rule newly holds, a rule cleared, or the attention level moved.
 */
@Service
public class ScoreAttendance {

    private final ScoringStore store;
    private final AgreementDirectory agreements;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;
    private final MeterRegistry meters;
    private final RuleEvaluator evaluator = new RuleEvaluator();

    ScoreAttendance(ScoringStore store, AgreementDirectory agreements, OutboxRelay relay, EventJson json, Clock clock,
            MeterRegistry meters) {
        this.store = store;
        this.agreements = agreements;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    public void score(AttendanceRegistrationEvent event) {
        String schoolYear = SchoolYear.of(event.date());
        PupilYearState state = store.find(event.pupilPseudonym(), schoolYear)
                .orElseGet(() -> PupilYearState.empty(event.pupilPseudonym(), schoolYear));
        PupilYear year = new PupilYear(state.halfDays());
        if (!year.apply(event)) {
            meters.counter("risk.registrations.ignored", "reason", "not-newer").increment();
            return;
        }
        AgreementPublished agreement = agreements.applicableTo(event.schoolId(), event.date())
                .orElseThrow(() -> new AgreementNotYetKnownException(event.schoolId(), event.date()));
        Assessment assessment = Assessment.of(evaluator.evaluate(agreement.rules(), year));
        Set<String> before = new HashSet<>(state.holdingRuleIds());
        List<String> newlyHolding = assessment.newlyHoldingSince(before);
        List<String> cleared = assessment.clearedSince(before);
        boolean changed = !newlyHolding.isEmpty() || !cleared.isEmpty()
                || assessment.attentionLevel() != state.attentionLevel();

        List<RiskAssessmentChanged> history = new ArrayList<>(state.assessments());
        OutboxEntry pending = null;
        if (changed) {
            RiskAssessmentChanged published = assessmentEvent(event, state, agreement, assessment, newlyHolding, cleared);
            history.add(published);
            pending = OutboxEntry.of(OutgoingEvent.of(published.assessmentId(), published, event.pupilPseudonym(),
                    event.pupilPseudonym(), json));
            meters.counter("risk.assessments.published", "level", assessment.attentionLevel().name()).increment();
        }
        PupilYearState next = new PupilYearState(event.pupilPseudonym(), schoolYear, year.halfDays(),
                assessment.holding().stream().map(rule -> rule.ruleId()).sorted().toList(),
                assessment.attentionLevel(), history, state.version());
        Object id = store.save(next, pending);
        if (pending != null) {
            relay.relaySoon(store.collection(), id);
        }
    }

    private RiskAssessmentChanged assessmentEvent(AttendanceRegistrationEvent event, PupilYearState state,
            AgreementPublished agreement, Assessment assessment, List<String> newlyHolding, List<String> cleared) {
        School school = AgreementDirectory.school(agreement, event.schoolId()).orElseThrow();
        // Deterministic: rebuilding the state from the topics yields the same assessment ids.
        String identity = event.pupilPseudonym() + "|" + state.schoolYear() + "|" + state.assessments().size();
        String assessmentId = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString();
        return new RiskAssessmentChanged(assessmentId, event.pupilPseudonym(), school.id(), school.clbId(),
                school.municipalityId(), state.schoolYear(), agreement.agreementId(), agreement.version(),
                assessment.attentionLevel(), state.attentionLevel(), assessment.holding(), newlyHolding, cleared,
                clock.instant());
    }
}
