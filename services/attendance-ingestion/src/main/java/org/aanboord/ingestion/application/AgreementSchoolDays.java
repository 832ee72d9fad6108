package org.aanboord.ingestion.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.agreements.v1.SchoolCalendar;
import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.Rejection;
import org.aanboord.ingestion.domain.SchoolDayRule;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.calendar.SchoolDays;
import org.springframework.stereotype.Component;

/**
 * Judges dates by the calendar of the agreement that applies to the school on that day (or, for a day before the
 * agreement took effect, its latest version). An agreement without calendars only rules out weekends; one with
 * calendars also rules out holidays, days outside a school year and school years it has no calendar for.
 */
@Component
class AgreementSchoolDays implements SchoolDayRule {

    private final AgreementDirectory agreements;

    AgreementSchoolDays(AgreementDirectory agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<FieldError> check(String schoolId, LocalDate day) {
        List<SchoolCalendar> calendars = agreements.applicableTo(schoolId, day)
                .or(() -> agreements.applicableTo(schoolId, LocalDate.MAX))
                .map(AgreementPublished::calendars)
                .orElse(List.of());
        if (new SchoolDays(calendars).isSchoolDay(day)) {
            return calendars.isEmpty() || calendarOf(calendars, day).isPresent() ? Optional.empty()
                    : Optional.of(outside("the agreement has no school calendar for that school year"));
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(new FieldError("date", Rejection.NOT_A_SCHOOL_DAY,
                    "is a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", not a school day"));
        }
        SchoolCalendar calendar = calendarOf(calendars, day).orElseThrow();
        if (day.isBefore(calendar.firstDay()) || day.isAfter(calendar.lastDay())) {
            return Optional.of(outside("school year " + calendar.schoolYear() + " runs from " + calendar.firstDay()
                    + " to " + calendar.lastDay()));
        }
        return Optional.of(calendar.holidays().stream()
                .filter(holiday -> !day.isBefore(holiday.from()) && !day.isAfter(holiday.to()))
                .findFirst()
                .map(holiday -> new FieldError("date", Rejection.NOT_A_SCHOOL_DAY,
                        "falls in " + holiday.name() + " (" + holiday.from() + " to " + holiday.to()
                                + "), not a school day"))
                .orElseGet(() -> new FieldError("date", Rejection.NOT_A_SCHOOL_DAY, "is not a school day")));
    }

    private static FieldError outside(String why) {
        return new FieldError("date", Rejection.OUTSIDE_SCHOOL_YEAR, "lies outside the school year: " + why);
    }

    /** The calendar whose school year (1 August to 31 July) holds the day, as {@link SchoolDays} counts it. */
    private static Optional<SchoolCalendar> calendarOf(List<SchoolCalendar> calendars, LocalDate day) {
        return calendars.stream()
                .filter(calendar -> {
                    int startYear = Integer.parseInt(calendar.schoolYear().substring(0, 4));
                    return !day.isBefore(LocalDate.of(startYear, 8, 1))
                            && !day.isAfter(LocalDate.of(startYear + 1, 7, 31));
                })
                .findFirst();
    }
}
