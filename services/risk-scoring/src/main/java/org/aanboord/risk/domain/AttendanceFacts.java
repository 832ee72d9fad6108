package org.aanboord.risk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.HalfDay;

/**
 * What one pupil's registered half-days of a school year say, read against the school calendar, next to the
 * year's other signals. Everything is measured up to the latest registered half-day, never against the wall clock,
 * so live scoring, a rebuild and a back-test of the same half-days give the same numbers.
 */
public final class AttendanceFacts {

    private final Absences absences;
    private final SchoolDayIndex schoolDays;
    private final SignalFacts signals;
    /** Two measures read the streaks; found once, when first asked. */
    private List<Streak> streaks;

    public AttendanceFacts(Map<Slot, AttendanceCode> absences, SchoolDayIndex schoolDays) {
        this(absences, schoolDays, SignalFacts.NONE);
    }

    public AttendanceFacts(Map<Slot, AttendanceCode> absences, SchoolDayIndex schoolDays, SignalFacts signals) {
        this(Absences.of(absences), schoolDays, signals);
    }

    AttendanceFacts(Absences absences, SchoolDayIndex schoolDays, SignalFacts signals) {
        this.absences = absences;
        this.schoolDays = schoolDays;
        this.signals = signals;
    }

    /** Report results, grade repetition, disciplinary measures and concerns of the same school year. */
    public SignalFacts signals() {
        return signals;
    }

    public int count(AttendanceCode code) {
        return absences.count(code, 0, absences.size());
    }

    public int absentHalfDays() {
        return absences.size();
    }

    /** The day everything is measured up to: the latest registered half-day, or null before the first one. */
    public LocalDate latestDay() {
        return absences.size() == 0 ? null : absences.slot(absences.size() - 1).date();
    }

    /** The half-days with this code in the last {@code schoolDays} school days up to the latest registered day. */
    public Window window(AttendanceCode code, int length) {
        LocalDate last = latestDay();
        if (last == null) {
            return new Window(length, null, null, 0);
        }
        LocalDate first = schoolDays.windowStart(last, length);
        return new Window(length, first, last, absences.count(code, absences.firstOnOrAfter(first), absences.size()));
    }

    /** The run of consecutive absent school half-days that ends with the latest registered half-day. */
    public Streak currentStreak() {
        List<Streak> runs = streaks();
        return runs.isEmpty() ? Streak.NONE : runs.get(runs.size() - 1);
    }

    /** The longest run of consecutive absent school half-days this school year (the earliest one on a tie). */
    public Streak longestStreak() {
        Streak longest = Streak.NONE;
        for (Streak streak : streaks()) {
            if (streak.length() > longest.length()) {
                longest = streak;
            }
        }
        return longest;
    }

    /** Mondays and Fridays on which at least one half-day carries this code. */
    public List<LocalDate> mondaysAndFridays(AttendanceCode code) {
        return daysWith(code).stream()
                .filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY || day.getDayOfWeek() == DayOfWeek.FRIDAY)
                .toList();
    }

    /** The last school days before and the first school days after a holiday with at least one half-day of this code. */
    public List<LocalDate> aroundHolidays(AttendanceCode code) {
        return daysWith(code).stream()
                .filter(day -> schoolDays.holidayBetween(day, schoolDays.nextSchoolDay(day))
                        || schoolDays.holidayBetween(schoolDays.previousSchoolDay(day), day))
                .toList();
    }

    private List<LocalDate> daysWith(AttendanceCode code) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < absences.size(); i++) {
            LocalDate day = absences.slot(i).date();
            if (absences.code(i) == code && (days.isEmpty() || !days.get(days.size() - 1).equals(day))) {
                days.add(day);
            }
        }
        return days;
    }

    /** Runs of absent half-days, broken by any school half-day between two absences that carries no code. */
    private List<Streak> streaks() {
        if (streaks == null) {
            streaks = findStreaks();
        }
        return streaks;
    }

    private List<Streak> findStreaks() {
        List<Streak> found = new ArrayList<>();
        Slot start = null;
        Slot previous = null;
        int length = 0;
        for (int i = 0; i < absences.size(); i++) {
            Slot slot = absences.slot(i);
            if (previous != null && schoolHalfDayBetween(previous, slot)) {
                found.add(new Streak(length, start, previous));
                length = 0;
            }
            if (length == 0) {
                start = slot;
            }
            length++;
            previous = slot;
        }
        if (length > 0) {
            found.add(new Streak(length, start, previous));
        }
        return found;
    }

    private boolean schoolHalfDayBetween(Slot from, Slot to) {
        Slot slot = next(from);
        for (int i = 0; i < 2 * SchoolDayIndex.MAX_GAP_DAYS && slot.compareTo(to) < 0; i++) {
            if (schoolDays.isSchoolDay(slot.date()) && !schoolDays.mayBeSkipped(slot)) {
                return true;
            }
            slot = next(slot);
        }
        return slot.compareTo(to) < 0;
    }

    private static Slot next(Slot slot) {
        return slot.halfDay() == HalfDay.AM ? Slot.of(slot.date(), HalfDay.PM) : Slot.of(slot.date().plusDays(1), HalfDay.AM);
    }

    /**
     * The absent half-days of a year in calendar order, as two arrays: kept next to the year's half-days and changed
     * by the one half-day each registration changes, so reading the facts does not go over the whole year.
     */
    static final class Absences {

        static final Absences NONE = new Absences(new Slot[0], new AttendanceCode[0]);

        private final Slot[] slots;
        private final AttendanceCode[] codes;

        Absences(Slot[] slots, AttendanceCode[] codes) {
            this.slots = slots;
            this.codes = codes;
        }

        static Absences of(Map<Slot, AttendanceCode> absences) {
            TreeMap<Slot, AttendanceCode> sorted = new TreeMap<>(absences);
            return new Absences(sorted.keySet().toArray(new Slot[0]), sorted.values().toArray(new AttendanceCode[0]));
        }

        /** These absences with {@code slot} absent with {@code code}, or not absent when the code is null. */
        Absences with(Slot slot, AttendanceCode code) {
            int at = Arrays.binarySearch(slots, slot);
            if (at >= 0 && code == null) {
                return new Absences(ArrayCopies.removed(slots, at), ArrayCopies.removed(codes, at));
            }
            if (at >= 0) {
                AttendanceCode[] replaced = codes.clone();
                replaced[at] = code;
                return new Absences(slots, replaced);
            }
            if (code == null) {
                return this;
            }
            int insert = -at - 1;
            return new Absences(ArrayCopies.inserted(slots, insert, slot), ArrayCopies.inserted(codes, insert, code));
        }

        int size() {
            return slots.length;
        }

        Slot slot(int index) {
            return slots[index];
        }

        AttendanceCode code(int index) {
            return codes[index];
        }

        int count(AttendanceCode code, int from, int to) {
            int count = 0;
            for (int i = from; i < to; i++) {
                if (codes[i] == code) {
                    count++;
                }
            }
            return count;
        }

        /** The index of the first half-day on or after {@code day}, or {@link #size} when there is none. */
        int firstOnOrAfter(LocalDate day) {
            int low = 0;
            int high = slots.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (slots[middle].date().isBefore(day)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /** A count of half-days within the school days {@code first} to {@code last}. */
    public record Window(int schoolDays, LocalDate first, LocalDate last, int count) {
    }

    /** A run of consecutive absent half-days from {@code first} to {@code last}. */
    public record Streak(int length, Slot first, Slot last) {

        static final Streak NONE = new Streak(0, null, null);
    }
}
