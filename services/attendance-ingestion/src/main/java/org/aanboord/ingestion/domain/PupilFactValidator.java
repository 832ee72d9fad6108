package org.aanboord.ingestion.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.aanboord.contracts.attendance.v1.ConcernRaised;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasure;
import org.aanboord.contracts.attendance.v1.DisciplinaryMeasureRecorded;
import org.aanboord.contracts.attendance.v1.GradeRepetitionRecorded;
import org.aanboord.contracts.attendance.v1.PupilChangedSchool;
import org.aanboord.contracts.attendance.v1.PupilEnrolled;
import org.aanboord.contracts.attendance.v1.PupilUnenrolled;
import org.aanboord.contracts.attendance.v1.ReportPeriodResultRecorded;
import org.aanboord.contracts.attendance.v1.UnenrolmentReason;

/** Checks enrolments and signals with the same rules for school, pupil and date as registrations. */
public final class PupilFactValidator {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern PERIOD = Pattern.compile("[A-Za-z0-9 ._-]{1,32}");

    enum EnrolmentKind { ENROLLED, UNENROLLED, CHANGED_SCHOOL }

    enum SignalKind { REPORT_PERIOD_RESULT, GRADE_REPETITION, DISCIPLINARY_MEASURE, CONCERN }

    private final Predicate<String> knownSchool;
    private final PupilIdentity pupils;

    public PupilFactValidator(Predicate<String> knownSchool, PupilIdentity pupils) {
        this.knownSchool = knownSchool;
        this.pupils = pupils;
    }

    public Optional<PupilFact> enrolment(EnrolmentRequest request, LocalDate today, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        RegistrationValidator.checkSchool(request.schoolId(), found, knownSchool);
        Optional<PupilLink> pupil = pupils.link(request.schoolId(), request.pupilId(), request.nationalNumber(), found);
        Optional<LocalDate> date = SchoolDates.parse("date", request.date(), today, found);
        Optional<EnrolmentKind> kind = parse(EnrolmentKind.class, "kind", request.kind(), found);
        Optional<UnenrolmentReason> reason = kind.filter(EnrolmentKind.UNENROLLED::equals).isPresent()
                ? parse(UnenrolmentReason.class, "reason", request.reason(), found) : Optional.empty();
        if (kind.filter(EnrolmentKind.CHANGED_SCHOOL::equals).isPresent()) {
            safeId("previousSchoolId", request.previousSchoolId(), found);
        }
        errors.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        String school = request.schoolId();
        PupilLink link = pupil.get();
        String who = link.pseudonym();
        String key = "enrolment|" + school + "|" + who + "|" + date.get() + "|" + kind.get();
        LocalDate day = date.get();
        return Optional.of(switch (kind.get()) {
            case ENROLLED -> new PupilFact(key, "", link, "enrolled",
                    (version, at) -> new PupilEnrolled(who, school, day, version, at));
            case UNENROLLED -> new PupilFact(key, reason.get().name(), link, "unenrolled",
                    (version, at) -> new PupilUnenrolled(who, school, day, reason.get(), version, at));
            case CHANGED_SCHOOL -> new PupilFact(key, request.previousSchoolId(), link, "changed-school",
                    (version, at) -> new PupilChangedSchool(who, school, request.previousSchoolId(), day, version, at));
        });
    }

    public Optional<PupilFact> signal(SignalRequest request, LocalDate today, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        RegistrationValidator.checkSchool(request.schoolId(), found, knownSchool);
        Optional<PupilLink> pupil = pupils.link(request.schoolId(), request.pupilId(), request.nationalNumber(), found);
        Optional<LocalDate> date = SchoolDates.parse("date", request.date(), today, found);
        Optional<SignalKind> kind = parse(SignalKind.class, "kind", request.kind(), found);
        if (kind.isEmpty()) {
            errors.addAll(found);
            return Optional.empty();
        }
        Optional<DisciplinaryMeasure> measure = kind.get() == SignalKind.DISCIPLINARY_MEASURE
                ? parse(DisciplinaryMeasure.class, "measure", request.measure(), found) : Optional.empty();
        Optional<ConcernRaised.ConcernSource> raisedBy = kind.get() == SignalKind.CONCERN
                ? parse(ConcernRaised.ConcernSource.class, "raisedBy", request.raisedBy(), found) : Optional.empty();
        Optional<ConcernRaised.ConcernArea> area = kind.get() == SignalKind.CONCERN
                ? parse(ConcernRaised.ConcernArea.class, "area", request.area(), found) : Optional.empty();
        if (kind.get() == SignalKind.REPORT_PERIOD_RESULT) {
            checkReportResult(request, found);
        }
        if (kind.get() == SignalKind.GRADE_REPETITION) {
            checkSchoolYear(request.schoolYear(), found);
        }
        errors.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        String school = request.schoolId();
        PupilLink link = pupil.get();
        String who = link.pseudonym();
        LocalDate day = date.get();
        String key = "signal|" + kind.get() + "|" + school + "|" + who + "|" + day;
        return Optional.of(switch (kind.get()) {
            case REPORT_PERIOD_RESULT -> new PupilFact(key + "|" + request.period(),
                    String.valueOf(request.failingSubjects()), link, "report-period-result",
                    (version, at) -> new ReportPeriodResultRecorded(who, school, day, request.period(),
                            request.failingSubjects(), version, at));
            case GRADE_REPETITION -> new PupilFact(key, request.schoolYear(), link, "grade-repetition",
                    (version, at) -> new GradeRepetitionRecorded(who, school, day, request.schoolYear(), version, at));
            case DISCIPLINARY_MEASURE -> new PupilFact(key + "|" + measure.get(), measure.get().name(), link,
                    "disciplinary-measure",
                    (version, at) -> new DisciplinaryMeasureRecorded(who, school, day, measure.get(), version, at));
            case CONCERN -> new PupilFact(key + "|" + raisedBy.get() + "|" + area.get(), "", link, "concern",
                    (version, at) -> new ConcernRaised(who, school, day, raisedBy.get(), area.get(), version, at));
        });
    }

    private static void checkReportResult(SignalRequest request, List<FieldError> errors) {
        if (Text.isBlank(request.period())) {
            errors.add(new FieldError("period", Rejection.REQUIRED, "is required, e.g. '2026-2027 R1'"));
        } else if (!PERIOD.matcher(request.period()).matches()) {
            errors.add(new FieldError("period", Rejection.UNSAFE_ID,
                    "may only contain letters, digits, spaces, '.', '_' and '-' (max 32)"));
        }
        if (request.failingSubjects() == null) {
            errors.add(new FieldError("failingSubjects", Rejection.REQUIRED, "is required"));
        } else if (request.failingSubjects() < 0 || request.failingSubjects() > 30) {
            errors.add(new FieldError("failingSubjects", Rejection.MALFORMED, "must be between 0 and 30"));
        }
    }

    private static void checkSchoolYear(String schoolYear, List<FieldError> errors) {
        var matcher = schoolYear == null ? null : SCHOOL_YEAR.matcher(schoolYear);
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            errors.add(new FieldError("schoolYear", schoolYear == null ? Rejection.REQUIRED : Rejection.MALFORMED,
                    "must be a school year such as '2026-2027'"));
        }
    }

    private static void safeId(String field, String value, List<FieldError> errors) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, Rejection.REQUIRED, "is required"));
        } else if (!PupilIdentity.SAFE_ID.matcher(value).matches()) {
            errors.add(new FieldError(field, Rejection.UNSAFE_ID, PupilIdentity.SAFE_ID_RULE));
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String field, String value,
            List<FieldError> errors) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, Rejection.REQUIRED, "is required"));
            return Optional.empty();
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        errors.add(new FieldError(field, Rejection.MALFORMED,
                "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not" + Text.quoted(value)));
        return Optional.empty();
    }
}
