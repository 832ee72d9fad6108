package org.aanboord.risk.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.contracts.attendance.v1.HalfDay;

/**
 * One half-day of the calendar, ordered morning before afternoon. There is one instance per half-day, with its key:
 * every pupil's year refers to the same few hundred, so finding a half-day in a year reads memory the processor
 * already holds, and no key is parsed or built twice.
 */
public final class Slot implements Comparable<Slot> {

    private static final Map<LocalDate, Slot[]> BY_DATE = new ConcurrentHashMap<>();
    private static final Map<String, Slot> BY_KEY = new ConcurrentHashMap<>();

    private final LocalDate date;
    private final HalfDay halfDay;
    private final String key;

    private Slot(LocalDate date, HalfDay halfDay) {
        this.date = date;
        this.halfDay = halfDay;
        this.key = date + "/" + halfDay;
    }

    public static Slot of(LocalDate date, HalfDay halfDay) {
        return BY_DATE.computeIfAbsent(date, day -> new Slot[] {new Slot(day, HalfDay.AM), new Slot(day, HalfDay.PM)})
                [halfDay.ordinal()];
    }

    /** Parses the natural key of a registered half-day, e.g. "2026-10-05/AM". */
    public static Slot parse(String halfDaySlot) {
        Slot parsed = BY_KEY.get(halfDaySlot);
        if (parsed == null) {
            int slash = halfDaySlot.indexOf('/');
            parsed = of(LocalDate.parse(halfDaySlot.substring(0, slash)), HalfDay.valueOf(halfDaySlot.substring(slash + 1)));
            BY_KEY.put(halfDaySlot, parsed);
        }
        return parsed;
    }

    public LocalDate date() {
        return date;
    }

    public HalfDay halfDay() {
        return halfDay;
    }

    /** The natural key of the half-day, e.g. "2026-10-05/AM", as {@link #parse} reads it. */
    public String key() {
        return key;
    }

    @Override
    public int compareTo(Slot other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : halfDay.compareTo(other.halfDay);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slot slot && date.equals(slot.date) && halfDay == slot.halfDay;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, halfDay);
    }

    @Override
    public String toString() {
        return date + " " + halfDay;
    }
}
