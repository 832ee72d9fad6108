package org.aanboord.ingestion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.ingestion.application.RegistrationOutcome.Status;
import org.aanboord.ingestion.domain.Registration;
import org.aanboord.ingestion.domain.RegistrationRequest;
import org.aanboord.ingestion.domain.RegistrationValidator;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers one half-day: validate, pseudonymise, publish (waiting for the broker) and only then remember it.
 * A crash between publish and remember makes a resend publish again, which consumers absorb; nothing is lost.
 */
@Service
public class RegisterAttendance {

    private final RegistrationValidator validator;
    private final RegistrationLedger ledger;
    private final AttendanceEvents events;
    private final Clock clock;
    private final MeterRegistry meters;

    RegisterAttendance(RegistrationValidator validator, RegistrationLedger ledger, AttendanceEvents events, Clock clock,
            MeterRegistry meters) {
        this.validator = validator;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    public RegistrationOutcome register(RegistrationRequest request) {
        RegistrationValidator.Result result = validator.validate(request, LocalDate.now(clock));
        if (!result.isValid()) {
            result.errors().forEach(error -> meters.counter("attendance.registrations.rejected",
                    "field", error.field()).increment());
            throw new InvalidRegistrationException(result.errors());
        }
        Registration registration = result.registration();
        Optional<RecordedHalfDay> previous = ledger.find(registration.naturalKey());
        if (previous.isPresent() && previous.get().code() == registration.code()) {
            meters.counter("attendance.registrations.duplicate").increment();
            return new RegistrationOutcome(Status.DUPLICATE, registration.pupilPseudonym(), previous.get().version());
        }
        int version = previous.map(recorded -> recorded.version() + 1).orElse(1);
        events.publish(event(registration, previous, version));
        ledger.record(registration, version);
        Status status = previous.isPresent() ? Status.CORRECTED : Status.REGISTERED;
        meters.counter("attendance.registrations.accepted", "kind", status.name().toLowerCase()).increment();
        return new RegistrationOutcome(status, registration.pupilPseudonym(), version);
    }

    private AttendanceRegistrationEvent event(Registration registration, Optional<RecordedHalfDay> previous, int version) {
        if (previous.isEmpty()) {
            return new HalfDayRegistered(registration.pupilPseudonym(), registration.schoolId(), registration.date(),
                    registration.halfDay(), registration.code(), registration.originalCode(), version, clock.instant());
        }
        return new HalfDayCorrected(registration.pupilPseudonym(), registration.schoolId(), registration.date(),
                registration.halfDay(), registration.code(), previous.get().code(), registration.originalCode(), version,
                clock.instant());
    }
}
