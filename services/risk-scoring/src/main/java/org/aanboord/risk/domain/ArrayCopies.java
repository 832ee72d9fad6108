package org.aanboord.risk.domain;

import java.util.Arrays;

/** Copies of the sorted arrays a year's half-days are kept in, with one element more or less. */
final class ArrayCopies {

    private ArrayCopies() {
    }

    static <T> T[] inserted(T[] values, int at, T value) {
        T[] more = Arrays.copyOf(values, values.length + 1);
        System.arraycopy(values, at, more, at + 1, values.length - at);
        more[at] = value;
        return more;
    }

    static <T> T[] removed(T[] values, int at) {
        T[] fewer = Arrays.copyOf(values, values.length - 1);
        System.arraycopy(values, at + 1, fewer, at, values.length - at - 1);
        return fewer;
    }
}
