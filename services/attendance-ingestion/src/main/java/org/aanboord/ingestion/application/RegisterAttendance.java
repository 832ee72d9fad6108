package org.aanboord.ingestion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDayCorrected;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.ingestion.application.RegistrationOutcome.Status;
import org.aanboord.ingestion.domain.HalfDaySlot;
import org.aanboord.ingestion.domain.PupilLink;
import org.aanboord.ingestion.domain.Registration;
import org.aanboord.ingestion.domain.RegistrationRequest;
import org.aanboord.ingestion.domain.RegistrationValidator;
import org.springframework.stereotype.Service;

/**
 * Registers half-days, one or a batch: validate every row, settle each pupil's pseudonym during a key rotation
 * ({@link PseudonymContinuity}, one bulk lookup), settle rows that name the same half-day, link the
 * pupils in the identity vault (one bulk write), look the rest up in the ledger in bulk, publish every change at once
 * and wait for all acknowledgements, and only then remember them. A crash or broker failure before the ledger write
 * makes a resend publish the same versions again (with the same event ids), which consumers absorb; nothing
 * accepted is lost. The vault is written first, so no pseudonym reaches Kafka without a way back to its pupil.
 */
@Service
public class RegisterAttendance {

    private final RegistrationValidator validator;
    private final PseudonymContinuity continuity;
    private final RegistrationLedger ledger;
    private final IdentityVault vault;
    private final AttendanceEvents events;
    private final Clock clock;
    private final IngestionMetrics metrics;

    RegisterAttendance(RegistrationValidator validator, PseudonymContinuity continuity, RegistrationLedger ledger,
            IdentityVault vault, AttendanceEvents events, Clock clock, IngestionMetrics metrics) {
        this.validator = validator;
        this.continuity = continuity;
        this.ledger = ledger;
        this.vault = vault;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One registration; a refused one throws {@link InvalidRegistrationException}. */
    public RegistrationOutcome register(RegistrationRequest request) {
        Processed processed = process(List.of(new NumberedRequest(1, request)));
        if (!processed.errors.isEmpty()) {
            throw new InvalidRegistrationException(processed.errors.stream().map(Refusal::error).toList());
        }
        return processed.outcomes.get(0);
    }

    /** A batch: every valid row is published; every refused row is reported with its line, field and reason. */
    public BatchReport registerAll(List<NumberedRequest> rows) {
        return registerAll(rows, List.of());
    }

    /** A batch of which some lines could not even be read (e.g. a CSV line with too few fields). */
    public BatchReport registerAll(List<NumberedRequest> rows, List<RowError> unreadable) {
        int received = rows.size() + unreadable.size();
        metrics.batch(received);
        Processed processed = process(rows);
        int registered = count(processed.outcomes, Status.REGISTERED);
        int corrected = count(processed.outcomes, Status.CORRECTED);
        int duplicates = count(processed.outcomes, Status.DUPLICATE);
        List<RowError> errors = new ArrayList<>(unreadable);
        processed.errors.forEach(refusal -> errors.add(RowError.of(refusal)));
        errors.sort(Comparator.comparingInt(RowError::line));
        metrics.rejectedLines(unreadable);
        return new BatchReport(received, registered, corrected, duplicates,
                received - registered - corrected - duplicates, errors);
    }

    private Processed process(List<NumberedRequest> rows) {
        LocalDate today = LocalDate.now(clock);
        List<Refusal> errors = new ArrayList<>();
        List<Numbered> valid = new ArrayList<>(rows.size());
        Function<RegistrationRequest, RegistrationValidator.Result> validate = validator.forRows(today);
        for (NumberedRequest row : rows) {
            RegistrationValidator.Result result = validate.apply(row.request());
            if (result.isValid()) {
                valid.add(new Numbered(row.line(), result.registration()));
            } else {
                result.errors().forEach(error -> errors.add(new Refusal(row.line(), error)));
            }
        }
        List<PupilLink> pupils = continuity.settle(valid.stream().map(row -> row.registration.pupil()).toList());
        Map<HalfDaySlot, List<Numbered>> bySlot = new LinkedHashMap<>();
        for (int i = 0; i < valid.size(); i++) {
            Numbered row = valid.get(i);
            Registration registration = row.registration.withPupil(pupils.get(i));
            bySlot.computeIfAbsent(registration.slot(), key -> new ArrayList<>(1))
                    .add(new Numbered(row.line, registration));
        }
        List<RegistrationOutcome> outcomes = new ArrayList<>();
        Map<HalfDaySlot, Numbered> candidates = new LinkedHashMap<>();
        bySlot.forEach((key, same) -> {
            if (InBatchConflicts.conflict(same)) {
                errors.addAll(InBatchConflicts.errors(same));
            } else {
                candidates.put(key, same.get(0));
                same.stream().skip(1).forEach(later -> outcomes.add(duplicate(later.registration, 0)));
            }
        });
        if (!candidates.isEmpty()) {
            vault.remember(candidates.values().stream().map(candidate -> candidate.registration.pupil()).toList());
        }
        outcomes.addAll(publishChanges(candidates));
        record(outcomes, errors);
        return new Processed(outcomes, errors);
    }

    private List<RegistrationOutcome> publishChanges(Map<HalfDaySlot, Numbered> candidates) {
        Map<HalfDaySlot, RecordedHalfDay> previous = candidates.isEmpty() ? Map.of()
                : ledger.findAll(candidates.keySet());
        List<RegistrationOutcome> outcomes = new ArrayList<>(candidates.size());
        List<AttendanceRegistrationEvent> changes = new ArrayList<>();
        List<LedgerWrite> writes = new ArrayList<>();
        for (Map.Entry<HalfDaySlot, Numbered> candidate : candidates.entrySet()) {
            Registration registration = candidate.getValue().registration;
            RecordedHalfDay recorded = previous.get(candidate.getKey());
            if (recorded != null && recorded.code() == registration.code()) {
                outcomes.add(duplicate(registration, recorded.version()));
                continue;
            }
            int version = recorded == null ? 1 : recorded.version() + 1;
            boolean correction = recorded != null && !recorded.revoked();
            changes.add(correction ? corrected(registration, recorded, version) : registered(registration, version));
            writes.add(new LedgerWrite(candidate.getKey(), registration.code(), registration.originalCode(), version));
            outcomes.add(new RegistrationOutcome(correction ? Status.CORRECTED : Status.REGISTERED,
                    registration.pupilPseudonym(), version));
        }
        if (!changes.isEmpty()) {
            metrics.timePublish(() -> {
                events.publishAll(changes);
                return changes.size();
            });
            ledger.recordAll(writes);
        }
        return outcomes;
    }

    private void record(List<RegistrationOutcome> outcomes, List<Refusal> errors) {
        metrics.accepted("registered", count(outcomes, Status.REGISTERED));
        metrics.accepted("corrected", count(outcomes, Status.CORRECTED));
        metrics.duplicates(count(outcomes, Status.DUPLICATE));
        metrics.rejectedLines(errors.stream().map(RowError::of).toList());
    }

    private HalfDayRegistered registered(Registration registration, int version) {
        return new HalfDayRegistered(registration.pupilPseudonym(), registration.schoolId(), registration.date(),
                registration.halfDay(), registration.code(), registration.originalCode(), version, clock.instant());
    }

    private HalfDayCorrected corrected(Registration registration, RecordedHalfDay recorded, int version) {
        return new HalfDayCorrected(registration.pupilPseudonym(), registration.schoolId(), registration.date(),
                registration.halfDay(), registration.code(), recorded.code(), registration.originalCode(), version,
                clock.instant());
    }

    private static RegistrationOutcome duplicate(Registration registration, int version) {
        return new RegistrationOutcome(Status.DUPLICATE, registration.pupilPseudonym(), version);
    }

    private static int count(List<RegistrationOutcome> outcomes, Status status) {
        return (int) outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    /** A valid row with its line number. */
    record Numbered(int line, Registration registration) {
    }

    private record Processed(List<RegistrationOutcome> outcomes, List<Refusal> errors) {
    }
}
