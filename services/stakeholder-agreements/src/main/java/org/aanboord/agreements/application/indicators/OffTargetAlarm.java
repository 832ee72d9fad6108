package org.aanboord.agreements.application.indicators;

import java.time.Clock;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.ResultIndicator;
import org.aanboord.agreements.domain.indicators.TargetCheck;
import org.aanboord.contracts.agreements.v1.IndicatorOffTarget;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

/** Tells the regisseur, once, when a computed indicator leaves its target (on agreements.indicators.v1). */
@Service
class OffTargetAlarm {

    private final IndicatorAlarms alarms;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;

    OffTargetAlarm(IndicatorAlarms alarms, OutboxRelay relay, EventJson json, Clock clock) {
        this.alarms = alarms;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    void check(AgreementVersion agreement, ResultIndicator indicator, double value) {
        boolean onTarget = TargetCheck.onTarget(indicator, value);
        IndicatorOffTarget event = new IndicatorOffTarget(agreement.agreementId(), agreement.version(), indicator.id(),
                indicator.name(), value, indicator.unit(),
                indicator.target() == null ? null : indicator.target().value(),
                indicator.target() == null ? null : indicator.target().targetDate(),
                indicator.direction() == null ? null : indicator.direction().name(),
                agreement.published(clock.instant()).regisseur(), clock.instant());
        OutboxEntry pending = OutboxEntry.of(OutgoingEvent.of(event, agreement.agreementId(),
                agreement.agreementId() + "/" + indicator.id(), json));
        Object documentId = alarms.record(agreement.agreementId(), indicator.id(), onTarget, pending);
        if (documentId != null) {
            relay.relaySoon(alarms.collection(), documentId);
        }
    }
}
