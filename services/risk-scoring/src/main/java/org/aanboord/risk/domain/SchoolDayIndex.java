package org.aanboord.risk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.platform.calendar.SchoolDays;

/**
 * The school days of an agreement's calendars, remembered per day: streaks, windows and holiday patterns ask the
 * same days over and over for every pupil.
 */
public final class SchoolDayIndex {

    /** How far a walk to the previous or next school day may go: longer than any summer holiday. */
    static final int MAX_GAP_DAYS = 120;

    private final SchoolDays schoolDays;
    private final ConcurrentHashMap<LocalDate, Boolean> known = new ConcurrentHashMap<>();

    public SchoolDayIndex(List<SchoolCalendar> calendars) {
        this.schoolDays = new SchoolDays(calendars);
    }

    public boolean isSchoolDay(LocalDate day) {
        return known.computeIfAbsent(day, schoolDays::isSchoolDay);
    }

    /**
     * Whether a school half-day without lessons on most schools may lie unregistered inside a streak: Wednesday
     * afternoon is free in primary and most secondary schools, so it neither counts nor breaks a run.
     */
    boolean mayBeSkipped(Slot slot) {
        return slot.date().getDayOfWeek() == DayOfWeek.WEDNESDAY && slot.halfDay() == HalfDay.PM;
    }

    /** Whether a weekday that is not a school day lies strictly between two days: a holiday, not just a weekend. */
    boolean holidayBetween(LocalDate from, LocalDate to) {
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !isSchoolDay(day)) {
                return true;
            }
        }
        return false;
    }

    LocalDate nextSchoolDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < MAX_GAP_DAYS && !isSchoolDay(next); i++) {
            next = next.plusDays(1);
        }
        return next;
    }

    LocalDate previousSchoolDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        for (int i = 0; i < MAX_GAP_DAYS && !isSchoolDay(previous); i++) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    /** The first day of the {@code count} school days that end on {@code last} (included when it is a school day). */
    LocalDate windowStart(LocalDate last, int count) {
        LocalDate day = last;
        int seen = isSchoolDay(last) ? 1 : 0;
        while (seen < count) {
            day = day.minusDays(1);
            if (isSchoolDay(day)) {
                seen++;
            }
        }
        return day;
    }
}
