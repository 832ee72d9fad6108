package org.aanboord.ingestion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aanboord.ingestion.application.FactLedger.RecordedFact;
import org.aanboord.ingestion.application.RegistrationOutcome.Status;
import org.aanboord.ingestion.domain.EnrolmentRequest;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.PupilFact;
import org.aanboord.ingestion.domain.PupilFactValidator;
import org.aanboord.ingestion.domain.SignalRequest;
import org.springframework.stereotype.Service;

/**
 * Enrolments and early-warning signals: validated like registrations, the pupil linked in the identity vault,
 * published after the broker's acknowledgement, then remembered. The same fact again is a duplicate; the same fact
 * with other content (e.g. another reason) is republished with the next version.
 */
@Service
public class RecordPupilFacts {

    private final PupilFactValidator validator;
    private final FactLedger ledger;
    private final IdentityVault vault;
    private final PupilFactEvents events;
    private final Clock clock;
    private final IngestionMetrics metrics;

    RecordPupilFacts(PupilFactValidator validator, FactLedger ledger, IdentityVault vault, PupilFactEvents events,
            Clock clock, IngestionMetrics metrics) {
        this.validator = validator;
        this.ledger = ledger;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    public RegistrationOutcome enrolment(EnrolmentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        return record("attendance.enrolments", validator.enrolment(request, LocalDate.now(clock), errors), errors);
    }

    public RegistrationOutcome signal(SignalRequest request) {
        List<FieldError> errors = new ArrayList<>();
        return record("attendance.signals", validator.signal(request, LocalDate.now(clock), errors), errors);
    }

    private RegistrationOutcome record(String meter, Optional<PupilFact> valid, List<FieldError> errors) {
        if (valid.isEmpty()) {
            metrics.counted(meter + ".rejected", "any", errors.get(0).rejection().ruleName(), 1);
            throw new InvalidRegistrationException(errors);
        }
        PupilFact fact = valid.get();
        vault.remember(List.of(fact.pupil()));
        Optional<RecordedFact> recorded = ledger.find(fact.naturalKey());
        if (recorded.isPresent() && recorded.get().fingerprint().equals(fact.fingerprint())) {
            metrics.counted(meter + ".duplicate", fact.kind(), "duplicate", 1);
            return new RegistrationOutcome(Status.DUPLICATE, fact.pupilPseudonym(), recorded.get().version());
        }
        int version = recorded.map(previous -> previous.version() + 1).orElse(1);
        events.publish(fact.naturalKey(), version, fact.pupilPseudonym(), fact.event().create(version, clock.instant()));
        ledger.record(fact.naturalKey(), fact.fingerprint(), version);
        Status status = recorded.isPresent() ? Status.CORRECTED : Status.REGISTERED;
        metrics.counted(meter + ".accepted", fact.kind(), status.name().toLowerCase(java.util.Locale.ROOT), 1);
        return new RegistrationOutcome(status, fact.pupilPseudonym(), version);
    }
}
