package org.aanboord.cases.domain;

import java.time.Instant;

/**
 * One change to a case, appended and never altered.
 *
 * @param what what changed, in words (never the text of a note)
 * @param why  the reason given, if any
 */
public record AuditEntry(Instant at, Role actorRole, String actorOrganisationId, String what, String why) {

    public static AuditEntry of(Actor actor, Instant at, String what, String why) {
        return new AuditEntry(at, actor.role(), actor.organisationId(), what, why);
    }
}
