package org.aanboord.cases.domain;

import java.time.Instant;

public record ReferralFeedback(ReferralStatus status, String comment, Instant at) {
}
