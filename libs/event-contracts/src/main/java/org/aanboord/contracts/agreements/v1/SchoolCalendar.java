package org.aanboord.contracts.agreements.v1;

import java.time.LocalDate;
import java.util.List;

/**
 * The school days of one school year for the agreement's schools: from {@code firstDay} to {@code lastDay},
 * Monday to Friday, except the holidays. Deadlines "within N school days" and rolling windows count these days.
 *
 * @param schoolYear e.g. "2026-2027"
 */
public record SchoolCalendar(String schoolYear, LocalDate firstDay, LocalDate lastDay, List<Holiday> holidays) {
}
