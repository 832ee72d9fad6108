package org.aanboord.agreements.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.diff.AgreementDiff;
import org.aanboord.agreements.domain.diff.Change;
import org.aanboord.agreements.domain.validation.AgreementValidator;
import org.aanboord.agreements.domain.validation.Violation;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.aanboord.platform.outbox.OutboxRelay;
import org.springframework.stereotype.Service;

/** Publishes agreement versions: validated, stored immutably, audited and put on agreements.lifecycle.v1. */
@Service
public class AgreementPublishing {

    private final AgreementStore store;
    private final AuditLog audit;
    private final OutboxRelay relay;
    private final EventJson json;
    private final Clock clock;
    private final AgreementValidator validator = new AgreementValidator();
    private final AgreementDiff diff = new AgreementDiff();

    AgreementPublishing(AgreementStore store, AuditLog audit, OutboxRelay relay, EventJson json, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @return true if this version was published now, false if exactly this version had been published before
     * @throws InvalidAgreementException when it cannot be published, naming every problem
     * @throws ConflictException when that version number is published with other content
     */
    public boolean publish(AgreementVersion agreement, Editor editor) {
        Optional<PublishedVersion> existing = store.find(agreement.agreementId(), agreement.version());
        if (existing.isPresent()) {
            if (existing.get().agreement().equals(agreement)) {
                return false;
            }
            throw new ConflictException("version", "version " + agreement.version() + " of '" + agreement.agreementId()
                    + "' is published and cannot change; save a draft for the next version instead");
        }
        List<AgreementVersion> published = store.findAll().stream().map(PublishedVersion::agreement).toList();
        List<Violation> violations = validator.validate(agreement, published);
        if (!violations.isEmpty()) {
            throw new InvalidAgreementException(violations);
        }
        PublishedVersion version = new PublishedVersion(agreement, clock.instant(), editor.name());
        String eventId = UUID.nameUUIDFromBytes(agreement.key().getBytes(StandardCharsets.UTF_8)).toString();
        OutgoingEvent event = OutgoingEvent.of(eventId, agreement.published(version.publishedAt()), agreement.key(),
                agreement.agreementId(), json);
        boolean inserted = store.insertIfAbsent(version, OutboxEntry.of(event));
        if (inserted) {
            relay.relaySoon(store.collection(), agreement.key());
            audit.append(new AuditEntry(agreement.agreementId(), agreement.version(), version.publishedAt(),
                    editor.name(), editor.role(), "PUBLISHED", changesSincePrevious(agreement, published)));
        }
        return inserted;
    }

    private List<String> changesSincePrevious(AgreementVersion agreement, List<AgreementVersion> published) {
        String effective = "effective from " + agreement.effectiveFrom();
        return published.stream()
                .filter(other -> other.agreementId().equals(agreement.agreementId()))
                .filter(other -> other.version() < agreement.version())
                .reduce((first, second) -> second.version() > first.version() ? second : first)
                .map(previous -> Stream.concat(Stream.of(effective),
                        diff.between(previous, agreement).stream().map(Change::describe)).toList())
                .orElse(List.of(effective, "first version"));
    }
}
