package org.aanboord.contracts.cases.v1;

/** Kinds of follow-up file (domain §5.3). */
public enum CaseType {
    PROBLEMATIC_ABSENCE,
    EARLY_WARNING,
    EARLY_LEAVER,
    TRANSITION
}
