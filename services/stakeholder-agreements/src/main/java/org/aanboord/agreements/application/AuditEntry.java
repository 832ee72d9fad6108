package org.aanboord.agreements.application;

import java.time.Instant;
import java.util.List;

/**
 * One change to an agreement: who, when, what.
 *
 * @param version the draft's or published version's number
 * @param details what changed, place by place
 */
public record AuditEntry(String agreementId, int version, Instant at, String actor, String role, String action,
        List<String> details) {
}
