package org.aanboord.risk.domain;

/** The kinds of signal ingestion publishes on attendance.signals.v1. */
public enum SignalKind {
    REPORT_PERIOD_RESULT,
    GRADE_REPETITION,
    DISCIPLINARY_MEASURE,
    CONCERN
}
