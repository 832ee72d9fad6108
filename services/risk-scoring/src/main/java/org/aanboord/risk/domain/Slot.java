package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.contracts.attendance.v1.HalfDay;

/** One half-day of the calendar, ordered morning before afternoon. */
public record Slot(LocalDate date, HalfDay halfDay) implements Comparable<Slot> {

    /**
     * Every half-day of every pupil is read again for each registration of that pupil, and there are only two per
     * calendar day, so each key is parsed once.
     */
    private static final Map<String, Slot> PARSED = new ConcurrentHashMap<>();

    /** Parses the natural key of a registered half-day, e.g. "2026-10-05/AM". */
    public static Slot parse(String halfDaySlot) {
        Slot parsed = PARSED.get(halfDaySlot);
        if (parsed == null) {
            int slash = halfDaySlot.indexOf('/');
            parsed = new Slot(LocalDate.parse(halfDaySlot.substring(0, slash)),
                    HalfDay.valueOf(halfDaySlot.substring(slash + 1)));
            PARSED.put(halfDaySlot, parsed);
        }
        return parsed;
    }

    @Override
    public int compareTo(Slot other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : halfDay.compareTo(other.halfDay);
    }

    @Override
    public String toString() {
        return date + " " + halfDay;
    }
}
