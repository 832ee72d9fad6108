package org.aanboord.platform.calendar;

/**
 * Reads the digits of a date written with all of them ({@code 2026-11-16}, {@code 16/11/2026}) by hand: the
 * {@code DateTimeFormatter}-based parsers cost more than the rest of reading an event or a school's row.
 */
public final class DateDigits {

    private DateDigits() {
    }

    /** The number written in {@code text[from, to)}, or -1 when it holds anything but digits. */
    public static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
