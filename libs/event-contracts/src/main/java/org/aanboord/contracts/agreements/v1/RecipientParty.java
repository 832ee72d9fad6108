package org.aanboord.contracts.agreements.v1;

/** Who an alert goes to, resolved per pupil from the school's links in the agreement. */
public enum RecipientParty {
    /** The pupil's school (its care coordinator). */
    SCHOOL,
    /** The CLB that serves the pupil's school. */
    CLB,
    /** The municipality of the pupil's school (its regisseur). */
    MUNICIPALITY,
    VDAB
}
