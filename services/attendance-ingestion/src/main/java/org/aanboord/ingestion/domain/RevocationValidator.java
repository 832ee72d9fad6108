package org.aanboord.ingestion.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.aanboord.contracts.attendance.v1.HalfDay;

/** Checks a revocation: the same rules for school, pupil, date and half-day as a registration, no code. */
public final class RevocationValidator {

    private final Predicate<String> knownSchool;
    private final PupilIdentity pupils;

    public RevocationValidator(Predicate<String> knownSchool, PupilIdentity pupils) {
        this.knownSchool = knownSchool;
        this.pupils = pupils;
    }

    /** The half-day to revoke, or the problems added to {@code errors}. */
    public Optional<HalfDaySlot> validate(RevocationRequest request, LocalDate today, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        RegistrationValidator.checkSchool(request.schoolId(), found, knownSchool);
        Optional<String> pseudonym = pupils.pseudonym(request.schoolId(), request.pupilId(), request.nationalNumber(),
                found);
        Optional<LocalDate> date = SchoolDates.parse("date", request.date(), today, found);
        Optional<HalfDay> halfDay = HalfDays.parse(request.halfDay());
        if (halfDay.isEmpty()) {
            found.add(new FieldError("halfDay", Text.isBlank(request.halfDay()) ? Rejection.REQUIRED : Rejection.MALFORMED,
                    "must be AM/VM (morning) or PM/NM (afternoon)"));
        }
        errors.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HalfDaySlot(request.schoolId(), pseudonym.get(), date.get(), halfDay.get()));
    }
}
