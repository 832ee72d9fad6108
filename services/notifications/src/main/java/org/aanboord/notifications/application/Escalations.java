package org.aanboord.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.AlertRouting;
import org.aanboord.notifications.domain.Escalation;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Escalates alerts that required action and were not acknowledged by their deadline (school days of the agreement)
 * to the party the rule names next. The escalation is an inbox alert of its own (with e-mail and webhook like any
 * other) and can be acknowledged; acknowledging the original in time means it never happens.
 */
@Service
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);

    private final AlertStore alerts;
    private final AgreementDirectory agreements;
    private final AlertDispatch dispatch;
    private final Outcomes outcomes;
    private final AlertMetrics metrics;
    private final Clock clock;
    private final Escalation escalation = new Escalation();

    Escalations(AlertStore alerts, AgreementDirectory agreements, AlertDispatch dispatch, Outcomes outcomes,
            AlertMetrics metrics, Clock clock) {
        this.alerts = alerts;
        this.agreements = agreements;
        this.dispatch = dispatch;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Escalates every overdue alert; returns how many were escalated. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, AlertRouting.SCHOOL_ZONE);
        int escalated = 0;
        for (Alert alert : alerts.awaitingAcknowledgement()) {
            if (alert.overdueOn(today) && escalate(alert, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(Alert overdue, Instant now) {
        Optional<AgreementPublished> agreement = agreements.version(overdue.rule().agreementId(),
                overdue.rule().agreementVersion());
        List<Alert> raised = agreement.map(known -> escalation.escalate(overdue, known, now)).orElse(List.of());
        if (raised.isEmpty()) {
            log.warn("Alert {} is overdue since {} but rule {} names no escalation party the agreement resolves; "
                    + "it stays with {}", overdue.id(), overdue.dueBy(), overdue.rule().ruleId(),
                    overdue.recipient().organisationId());
        }
        // Escalation alerts first (idempotent ids), then the mark: a crash in between escalates again, to the same ids.
        raised.forEach(dispatch::post);
        boolean marked = alerts.markEscalated(overdue.id(), now,
                raised.stream().map(alert -> outcomes.escalated(overdue, alert, now)).toList());
        if (marked) {
            outcomes.relay(overdue.id());
            metrics.escalated(overdue);
            log.info("Alert {} for {} not acknowledged by {}; escalated to {}", overdue.id(),
                    overdue.recipient().organisationId(), overdue.dueBy(),
                    raised.stream().map(alert -> alert.recipient().organisationId()).toList());
        }
        return marked;
    }
}
