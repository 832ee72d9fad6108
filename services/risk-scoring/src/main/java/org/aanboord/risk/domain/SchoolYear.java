package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.time.Month;

/** A Flemish school year runs from 1 September; counts start again on that day. */
public final class SchoolYear {

    private SchoolYear() {
    }

    /** The school year a day belongs to, e.g. "2026-2027" for 23 November 2026 and for 30 June 2027. */
    public static String of(LocalDate day) {
        int startYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return startYear + "-" + (startYear + 1);
    }
}
