package org.aanboord.risk.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

import org.aanboord.contracts.attendance.v1.AttendanceCode;

/**
 * A pupil-year's half-days by slot ({@code 2026-10-05/AM}), immutable, in sorted arrays. Scoring derives a new
 * year from the previous one for every registration; copying a hash map of the whole year for each was more than
 * half of the scoring step, while {@link #with} copies small arrays. Slot keys sort chronologically (ISO date,
 * then AM before PM), so iteration is in calendar order. Each key is kept parsed as well, and the absent half-days
 * next to them, so the facts of every registration cost only the half-day it changed.
 */
public final class HalfDays extends AbstractMap<String, HalfDayEntry> {

    private static final HalfDays NONE = new HalfDays(new String[0], new Slot[0], new HalfDayEntry[0],
            AttendanceFacts.Absences.NONE);

    private final String[] slots;
    private final Slot[] parsed;
    private final HalfDayEntry[] entries;
    private final AttendanceFacts.Absences absences;

    private HalfDays(String[] slots, Slot[] parsed, HalfDayEntry[] entries, AttendanceFacts.Absences absences) {
        this.slots = slots;
        this.parsed = parsed;
        this.entries = entries;
        this.absences = absences;
    }

    public static HalfDays copyOf(Map<String, HalfDayEntry> halfDays) {
        if (halfDays instanceof HalfDays same) {
            return same;
        }
        if (halfDays.isEmpty()) {
            return NONE;
        }
        String[] slots = halfDays.keySet().toArray(new String[0]);
        Arrays.sort(slots);
        Slot[] parsed = new Slot[slots.length];
        HalfDayEntry[] entries = new HalfDayEntry[slots.length];
        for (int i = 0; i < slots.length; i++) {
            parsed[i] = Slot.parse(slots[i]);
            entries[i] = halfDays.get(slots[i]);
        }
        return new HalfDays(slots, parsed, entries, absences(parsed, entries));
    }

    /** These half-days with {@code slot} set to {@code entry} (added or replaced). */
    public HalfDays with(Slot slot, HalfDayEntry entry) {
        int at = Arrays.binarySearch(parsed, slot);
        if (at >= 0) {
            HalfDayEntry[] replaced = entries.clone();
            replaced[at] = entry;
            return new HalfDays(slots, parsed, replaced, absences.with(slot, entry.code()));
        }
        int insert = -at - 1;
        return new HalfDays(ArrayCopies.inserted(slots, insert, slot.key()), ArrayCopies.inserted(parsed, insert, slot),
                ArrayCopies.inserted(entries, insert, entry), absences.with(slot, entry.code()));
    }

    /** What is known for the half-day, or null: found by the parsed slot, without building its key. */
    public HalfDayEntry at(Slot slot) {
        int at = Arrays.binarySearch(parsed, slot);
        return at >= 0 ? entries[at] : null;
    }

    /** The half-days that carry a code (not revoked), in calendar order: what the year's facts are read from. */
    AttendanceFacts.Absences absences() {
        return absences;
    }

    private static AttendanceFacts.Absences absences(Slot[] parsed, HalfDayEntry[] entries) {
        Slot[] absent = new Slot[parsed.length];
        AttendanceCode[] codes = new AttendanceCode[parsed.length];
        int count = 0;
        for (int i = 0; i < parsed.length; i++) {
            if (entries[i].code() != null) {
                absent[count] = parsed[i];
                codes[count] = entries[i].code();
                count++;
            }
        }
        return new AttendanceFacts.Absences(Arrays.copyOf(absent, count), Arrays.copyOf(codes, count));
    }

    @Override
    public HalfDayEntry get(Object slot) {
        if (!(slot instanceof String key)) {
            return null;
        }
        int at = Arrays.binarySearch(slots, key);
        return at >= 0 ? entries[at] : null;
    }

    @Override
    public boolean containsKey(Object slot) {
        return get(slot) != null;
    }

    @Override
    public int size() {
        return slots.length;
    }

    /** In calendar order, without an entry object per half-day. */
    @Override
    public void forEach(BiConsumer<? super String, ? super HalfDayEntry> action) {
        for (int i = 0; i < slots.length; i++) {
            action.accept(slots[i], entries[i]);
        }
    }

    @Override
    public Set<Entry<String, HalfDayEntry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, HalfDayEntry>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < slots.length;
                    }

                    @Override
                    public Entry<String, HalfDayEntry> next() {
                        if (next >= slots.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, HalfDayEntry> entry = new SimpleImmutableEntry<>(slots[next], entries[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return slots.length;
            }
        };
    }
}
