package org.aanboord.synthetic;

import java.time.LocalDate;

/** A pupil at a school from {@code from} up to and including {@code until}. */
public record Enrolment(String schoolId, LocalDate from, LocalDate until) {

    boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }
}
