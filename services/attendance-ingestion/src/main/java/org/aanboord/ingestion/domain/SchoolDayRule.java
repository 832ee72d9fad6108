package org.aanboord.ingestion.domain;

import java.time.LocalDate;
import java.util.Optional;

/** Whether a known school had school on a day, per its agreement's calendar; empty when it did. */
@FunctionalInterface
public interface SchoolDayRule {

    Optional<FieldError> check(String schoolId, LocalDate day);
}
