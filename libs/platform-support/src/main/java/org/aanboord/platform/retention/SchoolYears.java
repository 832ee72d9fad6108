package org.aanboord.platform.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * Flemish school years ("2026-2027") for purge categories kept per school year: a school year runs from 1 September
 * and ends on 31 August of its second calendar year (Europe/Brussels).
 */
public final class SchoolYears {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private SchoolYears() {
    }

    /**
     * The latest school year that had ended by the cutoff, e.g. "2023-2024" for a cutoff on 2 December 2024. Every
     * school year up to this one ("2022-2023" &lt; "2023-2024" as strings) ended before the cutoff; the school year
     * the cutoff falls in, and so the current one, never does.
     */
    public static String lastEndedBy(Instant cutoff) {
        LocalDate day = cutoff.atZone(BRUSSELS).toLocalDate();
        int currentStart = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return (currentStart - 1) + "-" + currentStart;
    }
}
