package org.aanboord.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aanboord.contracts.agreements.v1.Holiday;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.platform.calendar.SchoolDays;

/**
 * The days of a school year that bring signals: its first school day (grade repetitions are recorded) and the last
 * school day of each of the four report periods, before the autumn, Christmas and Easter holidays and at the end of
 * the year.
 */
final class SchoolYearMoments {

    private static final Set<String> PERIOD_ENDS_BEFORE = Set.of("Herfstvakantie", "Kerstvakantie", "Paasvakantie");

    /** A report period that closes: {@code number} 1 to 4 within its school year. */
    record ReportPeriod(String schoolYear, int number) {

        /** The period as schools name it on the wire, e.g. "2026-2027 R1". */
        String name() {
            return schoolYear + " R" + number;
        }
    }

    private final Map<LocalDate, String> yearStarts = new HashMap<>();
    private final Map<LocalDate, ReportPeriod> periodEnds = new HashMap<>();

    SchoolYearMoments(List<SchoolCalendar> calendars, SchoolDays days) {
        for (SchoolCalendar calendar : calendars) {
            LocalDate first = calendar.firstDay();
            while (!days.isSchoolDay(first)) {
                first = first.plusDays(1);
            }
            yearStarts.put(first, calendar.schoolYear());
            List<LocalDate> ends = new ArrayList<>(calendar.holidays().stream()
                    .filter(holiday -> PERIOD_ENDS_BEFORE.contains(holiday.name())).map(Holiday::from).sorted()
                    .toList());
            ends.add(calendar.lastDay().plusDays(1));
            for (int i = 0; i < ends.size(); i++) {
                periodEnds.put(lastSchoolDayBefore(ends.get(i), days), new ReportPeriod(calendar.schoolYear(), i + 1));
            }
        }
    }

    Optional<String> yearStartingOn(LocalDate day) {
        return Optional.ofNullable(yearStarts.get(day));
    }

    Optional<ReportPeriod> periodClosingOn(LocalDate day) {
        return Optional.ofNullable(periodEnds.get(day));
    }

    private static LocalDate lastSchoolDayBefore(LocalDate day, SchoolDays days) {
        LocalDate last = day.minusDays(1);
        while (!days.isSchoolDay(last)) {
            last = last.minusDays(1);
        }
        return last;
    }
}
