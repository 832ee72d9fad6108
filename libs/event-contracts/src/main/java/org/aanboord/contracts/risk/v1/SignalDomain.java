package org.aanboord.contracts.risk.v1;

/** The ABC early-warning indicators: every measure scoring knows belongs to exactly one of these domains. */
public enum SignalDomain {
    ATTENDANCE,
    BEHAVIOUR,
    COURSE_PERFORMANCE
}
