package org.aanboord.risk.domain;

import java.time.LocalDate;

/**
 * One early-warning signal other than attendance as scoring keeps it: its kind, where and when, the count it carries
 * (failing subjects; 1 for the others), its category (the disciplinary measure or the concern's area) and the
 * version it came from.
 */
public record SignalEntry(SignalKind kind, String schoolId, LocalDate date, int value, String category, int version) {
}
