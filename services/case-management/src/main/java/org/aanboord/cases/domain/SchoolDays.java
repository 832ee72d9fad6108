package org.aanboord.cases.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts school days for deadlines such as "the CLB acts within 5 school days". For now a school day is Monday to
 * Friday; holidays arrive with the school calendar, which will plug in at {@link #isSchoolDay}.
 */
public final class SchoolDays {

    /** The school day that lies {@code count} school days after {@code start}; {@code start} itself never counts. */
    public LocalDate after(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A number of school days cannot be negative: " + count);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isSchoolDay(day)) {
                counted++;
            }
        }
        return day;
    }

    public boolean isSchoolDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }
}
