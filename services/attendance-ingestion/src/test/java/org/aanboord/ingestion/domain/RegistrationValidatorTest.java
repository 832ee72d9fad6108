package org.aanboord.ingestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String NATIONAL_NUMBER = "85073003328";
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(new byte[32]);
    private final SchoolDayRule noSchoolOnWednesday = (school, day) -> day.getDayOfWeek().getValue() == 3
            ? Optional.of(new FieldError("date", Rejection.NOT_A_SCHOOL_DAY, "no school"))
            : Optional.empty();
    private final RegistrationValidator validator = new RegistrationValidator(
            new AttendanceCodes(Map.of("D", AttendanceCode.Z, "T", AttendanceCode.R)),
            Set.of("school-1", "school-2")::contains, new PupilIdentity(pseudonymizer), noSchoolOnWednesday);

    @Test
    void aValidRegistrationIsPseudonymisedAndTheRawPupilIdIsGone() {
        var result = validator.validate(request("school-1", "p1", null, "2026-11-20", "VM", "B"), TODAY);

        assertThat(result.isValid()).isTrue();
        Registration registration = result.registration();
        assertThat(registration.pupilPseudonym()).isEqualTo(pseudonymizer.ofLocalId("school-1", "p1"))
                .doesNotContain("p1").hasSize(43);
        assertThat(registration.halfDay()).isEqualTo(HalfDay.AM);
        assertThat(registration.code()).isEqualTo(AttendanceCode.B);
    }

    @Test
    void theNationalNumberGivesThePupilOnePseudonymInEverySchool() {
        var first = validator.validate(request("school-1", "p1", "85.07.30-033.28", "2026-11-20", "VM", "B"), TODAY);
        var second = validator.validate(request("school-2", "x9", NATIONAL_NUMBER, "2026-11-20", "VM", "B"), TODAY);
        var localOnly = validator.validate(request("school-2", "p1", null, "2026-11-20", "VM", "B"), TODAY);

        assertThat(first.registration().pupilPseudonym()).isEqualTo(second.registration().pupilPseudonym())
                .isNotEqualTo(localOnly.registration().pupilPseudonym());
    }

    @Test
    void theSameLocalIdInAnotherSchoolIsAnotherPupil() {
        assertThat(pseudonymizer.ofLocalId("school-1", "p1")).isNotEqualTo(pseudonymizer.ofLocalId("school-2", "p1"));
    }

    @Test
    void aNationalNumberWithAWrongCheckIsRefusedWithoutRepeatingIt() {
        var result = validator.validate(request("school-1", null, "85073003329", "2026-11-20", "VM", "B"), TODAY);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("nationalNumber");
            assertThat(error.rejection()).isEqualTo(Rejection.INVALID_NATIONAL_NUMBER);
            assertThat(error.reason()).doesNotContain("85073003329");
        });
    }

    @Test
    void legacyCodesAreMappedAndTheOriginalIsKept() {
        var result = validator.validate(request("school-1", "p1", null, "20/11/2026", "NM", "d"), TODAY);

        assertThat(result.registration().code()).isEqualTo(AttendanceCode.Z);
        assertThat(result.registration().originalCode()).isEqualTo("d");
        assertThat(result.registration().date()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void everyProblemIsReportedWithItsFieldAndRule() {
        var result = validator.validate(request("school-9", "<script>", null, "2026-02-30", "XX", "Q"), TODAY);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactly("schoolId", "pupilId", "date", "halfDay", "code");
        assertThat(result.errors()).extracting(FieldError::rejection).containsExactly(Rejection.UNKNOWN_SCHOOL,
                Rejection.UNSAFE_ID, Rejection.IMPOSSIBLE_DATE, Rejection.MALFORMED, Rejection.UNKNOWN_CODE);
    }

    @Test
    void aPupilMustBeNamed() {
        var result = validator.validate(request("school-1", null, " ", "2026-11-20", "AM", "B"), TODAY);

        assertThat(result.errors()).extracting(FieldError::field, FieldError::rejection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pupilId", Rejection.REQUIRED));
    }

    @Test
    void aDateInTheFutureIsRefused() {
        var result = validator.validate(request("school-1", "p1", null, "2026-11-24", "AM", "B"), TODAY);

        assertThat(result.errors()).containsExactly(new FieldError("date", Rejection.FUTURE_DATE, "lies in the future"));
    }

    @Test
    void aDayWithoutSchoolIsRefused() {
        var result = validator.validate(request("school-1", "p1", null, "2026-11-18", "AM", "B"), TODAY);

        assertThat(result.errors()).extracting(FieldError::rejection).containsExactly(Rejection.NOT_A_SCHOOL_DAY);
    }

    @Test
    void theSamePupilGetsTheSamePseudonymAndAnotherKeyGivesAnotherOne() {
        Pseudonymizer otherRegion = new Pseudonymizer("another-region-secret-of-32-bytes!".getBytes());

        assertThat(pseudonymizer.ofLocalId("s", "p1")).isEqualTo(pseudonymizer.ofLocalId("s", "p1"))
                .isNotEqualTo(otherRegion.ofLocalId("s", "p1"));
    }

    private static RegistrationRequest request(String school, String pupil, String national, String date,
            String halfDay, String code) {
        return new RegistrationRequest(school, pupil, national, date, halfDay, code);
    }
}
