package org.aanboord.notifications.application;

import java.time.Clock;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.AlertRouting;
import org.aanboord.notifications.domain.AlertRouting.Routing;
import org.aanboord.notifications.domain.UnroutableAssessmentException;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.PoisonMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Turns rule crossings into inbox alerts for the recipients the agreement names. Exactly-once in effect: every
 * alert has a deterministic id and is inserted with its AlertDelivered event, so a replayed or duplicated
 * assessment finds its alerts already there and delivers nothing new. E-mail and webhook deliveries are planned
 * with deterministic ids after the alert is stored, also when it existed (a crash between the two is repaired by
 * the redelivered assessment).
 */
@Service
public class AlertDispatch {

    private static final Logger log = LoggerFactory.getLogger(AlertDispatch.class);

    private final AlertStore store;
    private final AgreementDirectory agreements;
    private final Outcomes outcomes;
    private final DeliveryPlanning deliveries;
    private final ApplicationEventPublisher events;
    private final AlertMetrics metrics;
    private final Clock clock;
    private final AlertRouting routing = new AlertRouting();

    AlertDispatch(AlertStore store, AgreementDirectory agreements, Outcomes outcomes, DeliveryPlanning deliveries,
            ApplicationEventPublisher events, AlertMetrics metrics, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.outcomes = outcomes;
        this.deliveries = deliveries;
        this.events = events;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Delivers the alerts this assessment calls for that were not delivered before. */
    public void dispatch(RiskAssessmentChanged assessment) {
        if (assessment.newlyTriggeredRuleIds().isEmpty()) {
            return;
        }
        AgreementPublished agreement = agreements.version(assessment.agreementId(), assessment.agreementVersion())
                .orElseThrow(() -> new AgreementNotYetKnownException(assessment.agreementId(),
                        assessment.agreementVersion()));
        Routing plan = route(agreement, assessment);
        plan.unresolved().forEach(gap -> log.warn("Assessment {}: no recipient for {}", assessment.assessmentId(), gap));
        for (Alert alert : plan.alerts()) {
            post(alert);
        }
    }

    /** Puts a new alert in its recipient's inbox (once) and plans its other channels. */
    void post(Alert alert) {
        if (store.insertIfAbsent(alert, outcomes.delivered(alert, Outcomes.CHANNEL_INBOX, alert.deliveredAt()))) {
            outcomes.relay(alert.id());
            metrics.delivered(alert, Outcomes.CHANNEL_INBOX);
            events.publishEvent(new AlertPosted(alert));
            log.info("Alert {} delivered to {} for rule {}", alert.id(), alert.recipient().organisationId(),
                    alert.rule().ruleId());
        }
        deliveries.plan(alert);
    }

    private Routing route(AgreementPublished agreement, RiskAssessmentChanged assessment) {
        try {
            return routing.route(agreement, assessment, clock.instant());
        } catch (UnroutableAssessmentException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }
}
