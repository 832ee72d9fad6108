package org.aanboord.cases.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.CaseOpening;
import org.aanboord.cases.domain.Signal;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.cases.v1.CaseSignalAdded;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

/**
 * Turns risk assessments into cases: a rule that opens a case either opens the pupil's one open case or lands on
 * it as a further signal. Idempotent by construction: the store refuses a second open case per pupil and type,
 * and a second copy of an assessment's signals, in the same atomic write that stores the events.
 */
@Service
public class CaseSignalling {

    private final CaseStore store;
    private final AgreementDirectory agreements;
    private final OutboxRelay relay;
    private final CaseEvents events;
    private final EventJson json;
    private final CaseMetrics metrics;
    private final Clock clock;
    private final CaseOpening opening = new CaseOpening();

    CaseSignalling(CaseStore store, AgreementDirectory agreements, OutboxRelay relay, CaseEvents events,
            EventJson json, CaseMetrics metrics, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.relay = relay;
        this.events = events;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    public void assessmentChanged(RiskAssessmentChanged assessment) {
        AgreementPublished agreement = agreements.version(assessment.agreementId(), assessment.agreementVersion())
                .orElseThrow(() -> new AgreementVersionUnknownException(assessment.agreementId(),
                        assessment.agreementVersion()));
        List<AlertRule> rules = opening.caseOpeningRules(assessment, agreement);
        if (rules.isEmpty() || store.holdsSignalOf(assessment.pupilPseudonym(), assessment.assessmentId())) {
            // Nothing for cases, or a replay of an assessment already on a case (perhaps one closed since).
            return;
        }
        Instant now = clock.instant();
        String relapseOf = store.latestClosedCaseId(assessment.pupilPseudonym(), CaseOpening.CASE_TYPE).orElse(null);
        CaseFile candidate = opening.open(caseId(assessment), assessment, agreement, rules, now,
                LocalDate.ofInstant(now, clock.getZone()), relapseOf);
        if (store.insertIfNoOpenCase(candidate, events.outbox(candidate.pendingEvents()))) {
            relay.relaySoon(store.collection(), candidate.caseId());
            metrics.stored(candidate.pendingEvents());
            return;
        }
        // The pupil already has an open case (or this very assessment opened one): the crossing becomes a signal.
        store.openCaseId(candidate.openCaseKey()).ifPresent(caseId -> addSignals(caseId, assessment, rules, now));
    }

    private void addSignals(String caseId, RiskAssessmentChanged assessment, List<AlertRule> rules, Instant now) {
        List<Signal> signals = opening.signals(assessment, rules, now);
        List<OutboxEntry> outbox = signals.stream()
                .map(signal -> OutboxEntry.of(OutgoingEvent.of(new CaseSignalAdded(caseId,
                        assessment.pupilPseudonym(), signal.ruleId(), signal.assessmentId(), signal.at()),
                        caseId, caseId, json)))
                .toList();
        AuditEntry audit = AuditEntry.of(Actor.SYSTEM, now, "signal added: " + signals.stream()
                .map(Signal::ruleId).collect(Collectors.joining(", ")), signals.get(0).explanation());
        if (store.addSignals(caseId, assessment.assessmentId(), signals, audit, outbox)) {
            relay.relaySoon(store.collection(), caseId);
            metrics.signalsAdded(signals.size());
        }
    }

    /** Derived from the assessment, so the assessment that opened a case can never open another one. */
    private static String caseId(RiskAssessmentChanged assessment) {
        String seed = assessment.assessmentId() + "|" + CaseOpening.CASE_TYPE;
        return "c-" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}
