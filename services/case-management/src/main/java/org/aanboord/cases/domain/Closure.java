package org.aanboord.cases.domain;

import java.time.Instant;

import org.aanboord.contracts.cases.v1.CaseOutcome;

public record Closure(CaseOutcome outcome, String reason, Instant closedAt) {
}
