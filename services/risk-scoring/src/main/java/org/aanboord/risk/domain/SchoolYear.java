package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.time.Month;

/** A Flemish school year runs from 1 September; counts start again on that day. */
public final class SchoolYear {

    /**
     * Every event is keyed by its school year, nearly always the same one: its name is kept, so the keys share one
     * string and its hash, instead of a new string for every event.
     */
    private static volatile Named latest = new Named(Integer.MIN_VALUE, null);

    private SchoolYear() {
    }

    /** The school year a day belongs to, e.g. "2026-2027" for 23 November 2026 and for 30 June 2027. */
    public static String of(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        Named known = latest;
        if (known.startYear() != startYear) {
            known = new Named(startYear, startYear + "-" + (startYear + 1));
            latest = known;
        }
        return known.name();
    }

    private record Named(int startYear, String name) {
    }
}
