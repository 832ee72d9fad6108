package org.aanboord.cases.domain;

import java.time.Instant;

/** One agreement rule that newly held in one risk assessment and brought the pupil to (or back to) a case. */
public record Signal(String ruleId, String assessmentId, String explanation, Instant at) {
}
