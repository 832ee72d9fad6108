package org.aanboord.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;

/**
 * School-day arithmetic on an agreement's calendars: Monday to Friday within the school year, except holidays.
 * For a school year without a published calendar it falls back to Monday to Friday, so deadlines still advance.
 */
public final class SchoolDays {

    private final List<SchoolCalendar> calendars;

    public SchoolDays(List<SchoolCalendar> calendars) {
        this.calendars = List.copyOf(calendars);
    }

    public boolean isSchoolDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return calendarOf(day).map(calendar -> !day.isBefore(calendar.firstDay()) && !day.isAfter(calendar.lastDay())
                && calendar.holidays().stream().noneMatch(holiday -> covers(holiday, day))).orElse(true);
    }

    /** The school day {@code count} school days after {@code from} (from itself not counted). */
    public LocalDate plusSchoolDays(LocalDate from, int count) {
        LocalDate day = from;
        int remaining = count;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isSchoolDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** How many school days lie after {@code from} up to and including {@code to}. */
    public int schoolDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isSchoolDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** A calendar speaks for its whole school year including the summer, from 1 August to 31 July. */
    private Optional<SchoolCalendar> calendarOf(LocalDate day) {
        return calendars.stream()
                .filter(calendar -> {
                    int startYear = Integer.parseInt(calendar.schoolYear().substring(0, 4));
                    return !day.isBefore(LocalDate.of(startYear, 8, 1)) && !day.isAfter(LocalDate.of(startYear + 1, 7, 31));
                })
                .findFirst();
    }

    private static boolean covers(Holiday holiday, LocalDate day) {
        return !day.isBefore(holiday.from()) && !day.isAfter(holiday.to());
    }
}
