package org.aanboord.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The transition form of a warm handover: where the pupil goes, what support worked (only what is necessary), and
 * the receiving party's acknowledgement, without which a handover case cannot close.
 */
public record TransitionRecord(String toSchoolId, String toClbId, String reason, LocalDate effectiveDate,
        String supportSummary, String acknowledgedBy, Instant acknowledgedAt) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    TransitionRecord acknowledge(String by, Instant at) {
        return new TransitionRecord(toSchoolId, toClbId, reason, effectiveDate, supportSummary, by, at);
    }
}
