package org.aanboord.ingestion.domain;

import java.util.Locale;

/** Why a field was refused, as a short stable name: the metric tag and the {@code rule} in every error report. */
public enum Rejection {
    REQUIRED,
    UNSAFE_ID,
    UNKNOWN_SCHOOL,
    UNKNOWN_CODE,
    INVALID_NATIONAL_NUMBER,
    MALFORMED,
    IMPOSSIBLE_DATE,
    FUTURE_DATE,
    OUTSIDE_SCHOOL_YEAR,
    NOT_A_SCHOOL_DAY,
    CONFLICT_IN_BATCH,
    NOT_ACCEPTED,
    TOO_SHORT;

    /** e.g. {@code future-date}. */
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
