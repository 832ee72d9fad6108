package org.aanboord.agreements.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.aanboord.agreements.domain.AgreementValidator;
import org.aanboord.agreements.domain.AgreementValidator.Violation;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

/** Publishes agreement versions: validated, stored immutably and put on agreements.lifecycle.v1 via the outbox. */
@Service
public class AgreementPublishing {

    private final AgreementStore store;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;
    private final AgreementValidator validator = new AgreementValidator();

    AgreementPublishing(AgreementStore store, OutboxRelay relay, EventJson json, Clock clock) {
        this.store = store;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /** @return true if this version was published now, false if it had been published before */
    public boolean publish(AgreementVersion agreement) {
        List<Violation> violations = validator.validate(agreement);
        if (!violations.isEmpty()) {
            throw new InvalidAgreementException(violations);
        }
        String eventId = UUID.nameUUIDFromBytes(agreement.key().getBytes(StandardCharsets.UTF_8)).toString();
        OutgoingEvent event = OutgoingEvent.of(eventId, agreement.published(clock.instant()), agreement.key(),
                agreement.agreementId(), json);
        boolean inserted = store.insertIfAbsent(agreement, OutboxEntry.of(event));
        if (inserted) {
            relay.relaySoon(store.collection(), agreement.key());
        }
        return inserted;
    }
}
