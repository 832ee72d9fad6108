package org.aanboord.risk.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A pupil-year's half-days by slot ({@code 2026-10-05/AM}), immutable, in two sorted arrays. Scoring derives a new
 * year from the previous one for every registration; copying a hash map of the whole year for each was more than
 * half of the scoring step, while {@link #with} copies two small arrays. Slot keys sort chronologically (ISO date,
 * then AM before PM), so iteration is in calendar order.
 */
public final class HalfDays extends AbstractMap<String, HalfDayEntry> {

    private static final HalfDays NONE = new HalfDays(new String[0], new HalfDayEntry[0]);

    private final String[] slots;
    private final HalfDayEntry[] entries;

    private HalfDays(String[] slots, HalfDayEntry[] entries) {
        this.slots = slots;
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
        HalfDayEntry[] entries = new HalfDayEntry[slots.length];
        for (int i = 0; i < slots.length; i++) {
            entries[i] = halfDays.get(slots[i]);
        }
        return new HalfDays(slots, entries);
    }

    /** These half-days with {@code slot} set to {@code entry} (added or replaced). */
    public HalfDays with(String slot, HalfDayEntry entry) {
        int at = Arrays.binarySearch(slots, slot);
        if (at >= 0) {
            HalfDayEntry[] replaced = entries.clone();
            replaced[at] = entry;
            return new HalfDays(slots, replaced);
        }
        int insert = -at - 1;
        String[] moreSlots = new String[slots.length + 1];
        HalfDayEntry[] moreEntries = new HalfDayEntry[slots.length + 1];
        System.arraycopy(slots, 0, moreSlots, 0, insert);
        System.arraycopy(entries, 0, moreEntries, 0, insert);
        moreSlots[insert] = slot;
        moreEntries[insert] = entry;
        System.arraycopy(slots, insert, moreSlots, insert + 1, slots.length - insert);
        System.arraycopy(entries, insert, moreEntries, insert + 1, slots.length - insert);
        return new HalfDays(moreSlots, moreEntries);
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
