package org.aanboord.agreements.domain;

import java.util.List;

/** Absent lists in a document mean "none"; stored lists are immutable. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
