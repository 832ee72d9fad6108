package org.aanboord.contracts.cases.v1;

/** How a case ended (domain §5.4); feeds the effectiveness reporting. */
public enum CaseOutcome {
    RE_ENGAGED,
    PLAN_GOALS_MET,
    TRANSFERRED_SCHOOL_WARM,
    MOVED_OUT_OF_REGION,
    QUALIFIED,
    ALTERNATIVE_PATHWAY,
    LEFT_UNQUALIFIED_HANDED_TO_VDAB,
    LEFT_COMPULSORY_UNRESOLVED,
    HOME_EDUCATION,
    NO_CONCERN
}
