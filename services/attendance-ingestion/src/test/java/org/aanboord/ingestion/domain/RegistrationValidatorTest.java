package org.aanboord.ingestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Pseudonymizer pseudonymizer = new Pseudonymizer(new byte[32]);
    private final RegistrationValidator validator = new RegistrationValidator(
            new AttendanceCodes(Map.of("D", AttendanceCode.Z, "T", AttendanceCode.R)),
            Set.of("school-1")::contains, pseudonymizer);

    @Test
    void aValidRegistrationIsPseudonymisedAndTheRawPupilIdIsGone() {
        var result = validator.validate(new RegistrationRequest("school-1", "85073003328", "2026-11-20", "VM", "B"), TODAY);

        assertThat(result.isValid()).isTrue();
        Registration registration = result.registration();
        assertThat(registration.pupilPseudonym()).isEqualTo(pseudonymizer.pseudonymOf("85073003328"))
                .doesNotContain("85073003328").hasSize(43);
        assertThat(registration.halfDay()).isEqualTo(HalfDay.AM);
        assertThat(registration.code()).isEqualTo(AttendanceCode.B);
    }

    @Test
    void legacyCodesAreMappedAndTheOriginalIsKept() {
        var result = validator.validate(new RegistrationRequest("school-1", "p1", "2026-11-20", "NM", "d"), TODAY);

        assertThat(result.registration().code()).isEqualTo(AttendanceCode.Z);
        assertThat(result.registration().originalCode()).isEqualTo("d");
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        var result = validator.validate(new RegistrationRequest("school-9", "<script>", "2026-02-30", "XX", "Q"), TODAY);

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactly("schoolId", "pupilId", "date", "halfDay", "code");
        assertThat(result.errors().get(0).reason()).contains("unknown school");
    }

    @Test
    void aDateInTheFutureIsRefused() {
        var result = validator.validate(new RegistrationRequest("school-1", "p1", "2026-11-24", "AM", "B"), TODAY);

        assertThat(result.errors()).containsExactly(new FieldError("date", "lies in the future"));
    }

    @Test
    void theSamePupilGetsTheSamePseudonymAndAnotherKeyGivesAnotherOne() {
        Pseudonymizer otherRegion = new Pseudonymizer("another-region-secret-of-32-bytes!".getBytes());

        assertThat(pseudonymizer.pseudonymOf("p1")).isEqualTo(pseudonymizer.pseudonymOf("p1"))
                .isNotEqualTo(otherRegion.pseudonymOf("p1"));
    }
}
