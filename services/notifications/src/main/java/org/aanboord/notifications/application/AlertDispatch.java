package org.aanboord.notifications.application;

import java.time.Clock;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.notifications.v1.AlertDelivered;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.AlertRouting;
import org.aanboord.notifications.domain.AlertRouting.Routing;
import org.aanboord.notifications.domain.UnroutableAssessmentException;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.messaging.PoisonMessageException;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns rule crossings into inbox alerts for the recipients the agreement names. Exactly-once in effect: every
 * alert has a deterministic id and is inserted with its AlertDelivered event, so a replayed or duplicated
 * assessment finds its alerts already there and delivers nothing new.
 */
@Service
public class AlertDispatch {

    static final String CHANNEL_INBOX = "INBOX";

    private static final Logger log = LoggerFactory.getLogger(AlertDispatch.class);

    private final AlertStore store;
    private final AgreementDirectory agreements;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;
    private final AlertRouting routing = new AlertRouting();

    AlertDispatch(AlertStore store, AgreementDirectory agreements, OutboxRelay relay, EventJson json, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.relay = relay;
        this.json = json;
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
            if (store.insertIfAbsent(alert, OutboxEntry.of(delivered(alert)))) {
                relay.relaySoon(store.collection(), alert.id());
                log.info("Alert {} delivered to {} for rule {}", alert.id(), alert.recipient().organisationId(),
                        alert.rule().ruleId());
            }
        }
    }

    private Routing route(AgreementPublished agreement, RiskAssessmentChanged assessment) {
        try {
            return routing.route(agreement, assessment, clock.instant());
        } catch (UnroutableAssessmentException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }

    private OutgoingEvent delivered(Alert alert) {
        AlertDelivered event = new AlertDelivered(alert.id(), alert.recipient().organisationId(),
                alert.recipient().party().name(), CHANNEL_INBOX, alert.pupilPseudonym(), alert.rule().ruleId(),
                alert.rule().agreementId(), alert.rule().agreementVersion(), alert.rule().assessmentId(),
                alert.deliveredAt());
        return OutgoingEvent.of(event, alert.recipient().organisationId(), alert.id(), json);
    }
}
