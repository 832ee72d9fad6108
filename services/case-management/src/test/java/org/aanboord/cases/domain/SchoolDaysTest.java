package org.aanboord.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolDaysTest {

    private final SchoolDays schoolDays = new SchoolDays();

    @ParameterizedTest(name = "{1} school days after {0} is {2}")
    @CsvSource({
            "2026-11-16, 1, 2026-11-17",   // Monday + 1 = Tuesday
            "2026-11-16, 4, 2026-11-20",   // Monday + 4 = Friday of the same week
            "2026-11-20, 1, 2026-11-23",   // Friday + 1 = Monday: the weekend does not count
            "2026-11-20, 5, 2026-11-27",   // Friday + 5 = next Friday, not Wednesday
            "2026-11-18, 5, 2026-11-25",   // Wednesday + 5 crosses one weekend
            "2026-11-20, 10, 2026-12-04",  // two weekends
            "2026-11-21, 1, 2026-11-23",   // opened on a Saturday: the first school day is Monday
            "2026-11-22, 5, 2026-11-27",   // opened on a Sunday
            "2026-11-20, 0, 2026-11-20"})  // no days: the same day
    void countsMondayToFridayOnly(LocalDate start, int count, LocalDate expected) {
        assertThat(schoolDays.after(start, count)).isEqualTo(expected);
    }

    @Test
    void weekendsAreNoSchoolDays() {
        assertThat(schoolDays.isSchoolDay(LocalDate.parse("2026-11-20"))).isTrue();
        assertThat(schoolDays.isSchoolDay(LocalDate.parse("2026-11-21"))).isFalse();
        assertThat(schoolDays.isSchoolDay(LocalDate.parse("2026-11-22"))).isFalse();
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> schoolDays.after(LocalDate.parse("2026-11-20"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
