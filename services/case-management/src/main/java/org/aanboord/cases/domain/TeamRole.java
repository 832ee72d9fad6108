package org.aanboord.cases.domain;

/** Roles in a case team (domain §5.5). */
public enum TeamRole {
    CASE_OWNER,
    SCHOOL_CONTACT,
    CLB_WORKER,
    MENTOR,
    PARENT,
    PUPIL,
    EXTERNAL_PARTNER
}
