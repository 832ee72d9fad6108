package org.aanboord.contracts.agreements.v1;

/** The kinds of organisation a draaiboek names (domain §4.2.1, abridged). */
public enum OrganisationType {
    LOKAAL_BESTUUR,
    CLB,
    VDAB,
    LOP,
    SCHOOL,
    OCMW,
    NAFT_AANBIEDER,
    JEUGDHULP,
    OTHER
}
