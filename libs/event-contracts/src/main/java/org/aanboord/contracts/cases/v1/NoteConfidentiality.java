package org.aanboord.contracts.cases.v1;

/** Who may read a case note. */
public enum NoteConfidentiality {
    /** Everyone who follows the case: school, CLB and municipality. */
    CASE_TEAM,
    /** The school and the CLB, not the municipality. */
    SCHOOL_AND_CLB,
    /** Only the CLB that holds the case (professional secrecy). */
    CLB_RESTRICTED
}
