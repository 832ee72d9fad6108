package org.aanboord.cases.domain;

/** Kinds of case action, named after the action-type catalogue (domain §5.6). */
public enum ActionType {

    /** A40: the school's report reaches the CLB, which contacts the parents and the school to start guidance. */
    START_CLB_GUIDANCE("A40");

    private final String catalogueCode;

    ActionType(String catalogueCode) {
        this.catalogueCode = catalogueCode;
    }

    public String catalogueCode() {
        return catalogueCode;
    }
}
