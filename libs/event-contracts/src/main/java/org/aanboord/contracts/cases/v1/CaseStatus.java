package org.aanboord.contracts.cases.v1;

/** The case lifecycle (domain §5.4). */
public enum CaseStatus {
    SIGNALLED,
    TRIAGE,
    SCHOOL_SUPPORT,
    CLB_GUIDANCE,
    MULTIDISCIPLINARY,
    ESCALATED,
    HANDOVER,
    AFTERCARE,
    ON_HOLD,
    CLOSED
}
