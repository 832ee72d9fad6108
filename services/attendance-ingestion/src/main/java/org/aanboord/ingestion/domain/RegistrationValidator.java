package org.aanboord.ingestion.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;

/**
 * Checks a registration strictly and reports every problem with its field, so a school can fix its export.
 * Ids are restricted to a safe alphabet: anything that looks like markup, a query or a path is refused.
 */
public final class RegistrationValidator {

    private final AttendanceCodes codes;
    private final Predicate<String> knownSchool;
    private final PupilIdentity pupils;
    private final SchoolDayRule schoolDays;

    public RegistrationValidator(AttendanceCodes codes, Predicate<String> knownSchool, PupilIdentity pupils,
            SchoolDayRule schoolDays) {
        this.codes = codes;
        this.knownSchool = knownSchool;
        this.pupils = pupils;
        this.schoolDays = schoolDays;
    }

    /** Either a registration ready to record, or the list of what is wrong with the request. */
    public Result validate(RegistrationRequest request, LocalDate today) {
        return validate(request, today, new DirectChecks());
    }

    /**
     * Validates the rows of one request, each like {@link #validate}, but what many rows share is checked once: a
     * pupil named on many rows is pseudonymised once (an HMAC per row was a twelfth of a batch's work), a school and
     * a school's day are looked up once.
     */
    public Function<RegistrationRequest, Result> forRows(LocalDate today) {
        RowChecks checks = new RequestChecks();
        return request -> validate(request, today, checks);
    }

    private Result validate(RegistrationRequest request, LocalDate today, RowChecks checks) {
        List<FieldError> errors = new ArrayList<>();
        boolean schoolKnown = checks.school(request.schoolId(), errors);
        Optional<PupilLink> pupil = checks.pupil(request, errors);
        Optional<LocalDate> date = SchoolDates.parse("date", request.date(), today, errors);
        if (schoolKnown && date.isPresent()) {
            checks.schoolDay(request.schoolId(), date.get()).ifPresent(errors::add);
        }
        Optional<HalfDay> halfDay = HalfDays.parse(request.halfDay());
        if (halfDay.isEmpty()) {
            errors.add(Text.isBlank(request.halfDay()) ? new FieldError("halfDay", Rejection.REQUIRED, "is required")
                    : new FieldError("halfDay", Rejection.MALFORMED,
                            "must be AM/VM (morning) or PM/NM (afternoon), not" + Text.quoted(request.halfDay())));
        }
        Optional<AttendanceCode> code = codes.official(request.code());
        if (code.isEmpty()) {
            errors.add(Text.isBlank(request.code()) ? new FieldError("code", Rejection.REQUIRED, "is required")
                    : new FieldError("code", Rejection.UNKNOWN_CODE,
                            "unknown code" + Text.quoted(request.code()) + "; use A, R, Z, H, P, M or B"));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        return Result.valid(new Registration(pupil.get(), date.get(), halfDay.get(), code.get(),
                request.code().trim()));
    }

    /** Checks a school id: present, safe and listed by an agreement. Returns whether it is known. */
    public static boolean checkSchool(String schoolId, List<FieldError> errors, Predicate<String> knownSchool) {
        if (Text.isBlank(schoolId)) {
            errors.add(new FieldError("schoolId", Rejection.REQUIRED, "is required"));
            return false;
        }
        if (!PupilIdentity.SAFE_ID.matcher(schoolId).matches()) {
            errors.add(new FieldError("schoolId", Rejection.UNSAFE_ID, PupilIdentity.SAFE_ID_RULE));
            return false;
        }
        if (!knownSchool.test(schoolId)) {
            errors.add(new FieldError("schoolId", Rejection.UNKNOWN_SCHOOL, "unknown school '" + schoolId + "'"));
            return false;
        }
        return true;
    }

    /** A row's checks against the registers: the school, the pupil (their link, or the errors added), the day. */
    private interface RowChecks {

        boolean school(String schoolId, List<FieldError> errors);

        Optional<PupilLink> pupil(RegistrationRequest row, List<FieldError> errors);

        Optional<FieldError> schoolDay(String schoolId, LocalDate day);
    }

    private class DirectChecks implements RowChecks {

        @Override
        public boolean school(String schoolId, List<FieldError> errors) {
            return checkSchool(schoolId, errors, knownSchool);
        }

        @Override
        public Optional<PupilLink> pupil(RegistrationRequest row, List<FieldError> errors) {
            return pupils.link(row.schoolId(), row.pupilId(), row.nationalNumber(), errors);
        }

        @Override
        public Optional<FieldError> schoolDay(String schoolId, LocalDate day) {
            return schoolDays.check(schoolId, day);
        }
    }

    /** The answers for one request's rows, each asked once: a term's export names few schools, pupils and days. */
    private class RequestChecks extends DirectChecks {

        private final Map<String, List<FieldError>> schools = new HashMap<>();
        private final Map<List<String>, Linked> linked = new HashMap<>();
        private final Map<SchoolDay, Optional<FieldError>> days = new HashMap<>();

        @Override
        public boolean school(String schoolId, List<FieldError> errors) {
            List<FieldError> schoolErrors = schools.computeIfAbsent(schoolId, id -> {
                List<FieldError> found = new ArrayList<>(1);
                super.school(id, found);
                return found;
            });
            errors.addAll(schoolErrors);
            return schoolErrors.isEmpty();
        }

        @Override
        public Optional<PupilLink> pupil(RegistrationRequest row, List<FieldError> errors) {
            Linked known = linked.computeIfAbsent(Arrays.asList(row.schoolId(), row.pupilId(), row.nationalNumber()),
                    key -> {
                        List<FieldError> linkErrors = new ArrayList<>();
                        return new Linked(super.pupil(row, linkErrors), linkErrors);
                    });
            errors.addAll(known.errors());
            return known.link();
        }

        @Override
        public Optional<FieldError> schoolDay(String schoolId, LocalDate day) {
            return days.computeIfAbsent(new SchoolDay(schoolId, day), key -> super.schoolDay(schoolId, day));
        }
    }

    private record Linked(Optional<PupilLink> link, List<FieldError> errors) {
    }

    private record SchoolDay(String schoolId, LocalDate day) {
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
