package org.aanboord.cases.domain;

/** @param ref a participant reference (never a name on the wire) */
public record TeamMember(TeamRole role, String ref) {
}
