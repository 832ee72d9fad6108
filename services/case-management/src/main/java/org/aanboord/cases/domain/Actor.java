package org.aanboord.cases.domain;

/** Who changes or reads a case: a role and the organisation acted for. */
public record Actor(Role role, String organisationId) {

    public static final Actor SYSTEM = new Actor(Role.SYSTEM, "case-management");

    public Actor {
        role = role == null ? Role.UNKNOWN : role;
    }

    @Override
    public String toString() {
        return organisationId == null ? role.name() : role + ":" + organisationId;
    }
}
