package org.aanboord.ingestion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.contracts.attendance.v1.HalfDayRevoked;
import org.aanboord.ingestion.application.RegistrationOutcome.Status;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.HalfDaySlot;
import org.aanboord.ingestion.domain.RevocationRequest;
import org.aanboord.ingestion.domain.RevocationValidator;
import org.springframework.stereotype.Service;

/** Withdraws a half-day's registration: published as HalfDayRevoked with the next version, then remembered. */
@Service
public class RevokeAttendance {

    private final RevocationValidator validator;
    private final RegistrationLedger ledger;
    private final AttendanceEvents events;
    private final Clock clock;
    private final IngestionMetrics metrics;

    RevokeAttendance(RevocationValidator validator, RegistrationLedger ledger, AttendanceEvents events, Clock clock,
            IngestionMetrics metrics) {
        this.validator = validator;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    public RegistrationOutcome revoke(RevocationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        HalfDaySlot slot = validator.validate(request, LocalDate.now(clock), errors)
                .orElseThrow(() -> new InvalidRegistrationException(errors));
        RecordedHalfDay recorded = ledger.findAll(List.of(slot)).get(slot);
        if (recorded == null) {
            throw new NothingToRevokeException();
        }
        if (recorded.revoked()) {
            metrics.duplicates(1);
            return new RegistrationOutcome(Status.DUPLICATE, slot.pupilPseudonym(), recorded.version());
        }
        int version = recorded.version() + 1;
        events.publishAll(List.of(new HalfDayRevoked(slot.pupilPseudonym(), slot.schoolId(), slot.date(),
                slot.halfDay(), recorded.code(), version, clock.instant())));
        ledger.recordAll(List.of(new LedgerWrite(slot, null, null, version)));
        metrics.accepted("revoked", 1);
        return new RegistrationOutcome(Status.REVOKED, slot.pupilPseudonym(), version);
    }
}
