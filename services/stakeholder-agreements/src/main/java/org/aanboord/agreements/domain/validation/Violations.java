package org.aanboord.agreements.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects violations in document order. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    List<Violation> list() {
        return List.copyOf(found);
    }
}
