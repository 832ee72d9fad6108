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
 * then AM before PM), so iteration is in calendar order. Each key is kept parsed as well, so reading the year's
 * facts for every registration parses only the half-day that was added.
 */
public final class HalfDays extends AbstractMap<String, HalfDayEntry> {

    private static final HalfDays NONE = new HalfDays(new String[0], new Slot[0], new HalfDayEntry[0]);

    private final String[] slots;
    private final Slot[] parsed;
    private final HalfDayEntry[] entries;

    private HalfDays(String[] slots, Slot[] parsed, HalfDayEntry[] entries) {
        this.slots = slots;
        this.parsed = parsed;
        this.entries = entries;
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
        return new HalfDays(slots, parsed, entries);
    }

    /** These half-days with {@code slot} set to {@code entry} (added or replaced). */
    public HalfDays with(String slot, HalfDayEntry entry) {
        int at = Arrays.binarySearch(slots, slot);
        if (at >= 0) {
            HalfDayEntry[] replaced = entries.clone();
            replaced[at] = entry;
            return new HalfDays(slots, parsed, replaced);
        }
        int insert = -at - 1;
        return new HalfDays(inserted(slots, insert, slot), inserted(parsed, insert, Slot.parse(slot)),
                inserted(entries, insert, entry));
    }

    /**
     * The half-days that carry a code (not revoked), in calendar order: what the year's facts are read from.
     */
    AttendanceFacts.Absences absences() {
        Slot[] absent = new Slot[slots.length];
        AttendanceCode[] codes = new AttendanceCode[slots.length];
        int count = 0;
        for (int i = 0; i < slots.length; i++) {
            if (entries[i].code() != null) {
                absent[count] = parsed[i];
                codes[count] = entries[i].code();
                count++;
            }
        }
        return new AttendanceFacts.Absences(absent, codes, count);
    }

    private static <T> T[] inserted(T[] values, int at, T value) {
        T[] more = Arrays.copyOf(values, values.length + 1);
        System.arraycopy(values, at, more, at + 1, values.length - at);
        more[at] = value;
        return more;
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
