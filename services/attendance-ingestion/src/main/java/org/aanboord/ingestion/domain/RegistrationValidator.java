package org.aanboord.ingestion.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;

/**
 * Checks a registration strictly and reports every problem with its field, so a school can fix its export.
 * Ids are restricted to a safe alphabet: anything that looks like markup, a query or a path is refused.
 */
public final class RegistrationValidator {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final AttendanceCodes codes;
    private final Predicate<String> knownSchool;
    private final Pseudonymizer pseudonymizer;

    public RegistrationValidator(AttendanceCodes codes, Predicate<String> knownSchool, Pseudonymizer pseudonymizer) {
        this.codes = codes;
        this.knownSchool = knownSchool;
        this.pseudonymizer = pseudonymizer;
    }

    /** Either a registration ready to record, or the list of what is wrong with the request. */
    public Result validate(RegistrationRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (isBlank(request.schoolId())) {
            errors.add(new FieldError("schoolId", "is required"));
        } else if (!SAFE_ID.matcher(request.schoolId()).matches()) {
            errors.add(new FieldError("schoolId", "may only contain letters, digits, '.', '_' and '-' (max 64)"));
        } else if (!knownSchool.test(request.schoolId())) {
            errors.add(new FieldError("schoolId", "unknown school '" + request.schoolId() + "'"));
        }
        if (isBlank(request.pupilId())) {
            errors.add(new FieldError("pupilId", "is required"));
        } else if (!SAFE_ID.matcher(request.pupilId()).matches()) {
            errors.add(new FieldError("pupilId", "may only contain letters, digits, '.', '_' and '-' (max 64)"));
        }
        LocalDate date = parseDate(request.date(), today, errors);
        Optional<HalfDay> halfDay = HalfDays.parse(request.halfDay());
        if (halfDay.isEmpty()) {
            errors.add(new FieldError("halfDay", isBlank(request.halfDay()) ? "is required"
                    : "must be AM/VM (morning) or PM/NM (afternoon), not '" + request.halfDay() + "'"));
        }
        Optional<AttendanceCode> code = codes.official(request.code());
        if (code.isEmpty()) {
            errors.add(new FieldError("code", isBlank(request.code()) ? "is required"
                    : "unknown code '" + request.code() + "'; use A, R, Z, H, P, M or B"));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        return Result.valid(new Registration(request.schoolId(), pseudonymizer.pseudonymOf(request.pupilId()), date,
                halfDay.get(), code.get(), request.code().trim()));
    }

    private static LocalDate parseDate(String value, LocalDate today, List<FieldError> errors) {
        if (isBlank(value)) {
            errors.add(new FieldError("date", "is required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(today)) {
                errors.add(new FieldError("date", "lies in the future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("date", "must be a real date as YYYY-MM-DD, not '" + value + "'"));
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The outcome of validation: exactly one of the two is present. */
    public record Result(Registration registration, List<FieldError> errors) {

        static Result valid(Registration registration) {
            return new Result(registration, List.of());
        }

        static Result rejected(List<FieldError> errors) {
            return new Result(null, List.copyOf(errors));
        }

        public boolean isValid() {
            return registration != null;
        }
    }
}
