package org.aanboord.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.junit.jupiter.api.Test;

class SchoolDaysTest {

    private final SchoolDays days = new SchoolDays(List.of(new SchoolCalendar("2026-2027", LocalDate.of(2026, 9, 1),
            LocalDate.of(2027, 6, 30), List.of(new Holiday("Herfstvakantie", LocalDate.of(2026, 10, 26),
                    LocalDate.of(2026, 11, 8)), new Holiday("Wapenstilstand", LocalDate.of(2026, 11, 11),
                    LocalDate.of(2026, 11, 11))))));

    @Test
    void weekendsHolidaysAndTheSummerAreNoSchoolDays() {
        assertThat(days.isSchoolDay(LocalDate.of(2026, 11, 20))).as("a Friday").isTrue();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 11, 21))).as("a Saturday").isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 10, 28))).as("autumn break").isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2026, 11, 11))).as("Armistice Day").isFalse();
        assertThat(days.isSchoolDay(LocalDate.of(2027, 7, 5))).as("summer").isFalse();
    }

    @Test
    void deadlinesInSchoolDaysSkipWeekendsAndHolidays() {
        assertThat(days.plusSchoolDays(LocalDate.of(2026, 11, 20), 5)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(days.plusSchoolDays(LocalDate.of(2026, 10, 23), 1)).as("over the autumn break")
                .isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(days.plusSchoolDays(LocalDate.of(2026, 11, 9), 3)).as("over Armistice Day")
                .isEqualTo(LocalDate.of(2026, 11, 13));
    }

    @Test
    void aYearWithoutCalendarCountsMondayToFriday() {
        assertThat(days.plusSchoolDays(LocalDate.of(2028, 1, 7), 1)).isEqualTo(LocalDate.of(2028, 1, 10));
        assertThat(days.schoolDaysBetween(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))).isEqualTo(5);
    }
}
