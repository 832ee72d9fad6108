package org.aanboord.console.signin;

/** The roles of the sign-in contract; a user has exactly one. */
public enum Role {
    SCHOOL_STAFF,
    SCHOOL_SOFTWARE,
    CLB_WORKER,
    REGISSEUR,
    HUB_ADMIN,
    DPO;

    public String authority() {
        return "ROLE_" + name();
    }
}
