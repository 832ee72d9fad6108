package org.aanboord.risk.domain;

import java.time.LocalDate;

import org.aanboord.contracts.attendance.v1.HalfDay;

/** One half-day of the calendar, ordered morning before afternoon. */
public record Slot(LocalDate date, HalfDay halfDay) implements Comparable<Slot> {

    /** Parses the natural key of a registered half-day, e.g. "2026-10-05/AM". */
    public static Slot parse(String halfDaySlot) {
        int slash = halfDaySlot.indexOf('/');
        return new Slot(LocalDate.parse(halfDaySlot.substring(0, slash)), HalfDay.valueOf(halfDaySlot.substring(slash + 1)));
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
