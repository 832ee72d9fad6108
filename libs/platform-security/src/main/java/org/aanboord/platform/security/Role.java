package org.aanboord.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The one role an access token carries in its {@code roles} claim (docs/security.md: what each role sees). */
public enum Role {
    /** School care team (zorgcoördinator, leerlingbegeleider): the pupils of their own school. */
    SCHOOL_STAFF,
    /** The school's administration software (client credentials): writes attendance of its own school, reads nothing. */
    SCHOOL_SOFTWARE,
    /** CLB worker: the pupils of the schools the agreement says its CLB serves. */
    CLB_WORKER,
    /** The municipality's regisseur: aggregates of its own region, agreement editing, and only the individual
     * cases the law allows (a compulsory-age pupil not enrolled anywhere, domain §3). */
    REGISSEUR,
    /** Operates the hub: rebuilds, deliveries, agreements; no pupil-level data. */
    HUB_ADMIN,
    /** Data-protection officer: the audit trail, read-only. */
    DPO;

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst();
    }

    /** The authority Spring Security checks for this role, e.g. {@code ROLE_DPO}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
