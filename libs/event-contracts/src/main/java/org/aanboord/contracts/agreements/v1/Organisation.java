package org.aanboord.contracts.agreements.v1;

/** A participating organisation (instantie): municipality, CLB, VDAB, LOP, ... Schools are listed separately. */
public record Organisation(String id, OrganisationType type, String name) {
}
