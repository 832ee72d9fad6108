package org.aanboord.agreements.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an agreement's history.
 *
 * @param effectiveUntil the last day it applies, the day before the next version takes effect; null while latest
 */
public record VersionSummary(int version, String title, LocalDate effectiveFrom, LocalDate effectiveUntil,
        Instant publishedAt, String publishedBy) {
}
