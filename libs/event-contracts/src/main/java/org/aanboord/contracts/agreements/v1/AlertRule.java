package org.aanboord.contracts.agreements.v1;

import java.util.List;

import org.aanboord.contracts.risk.v1.AttentionLevel;

/**
 * A machine-readable rule of the agreement: when {@code measure} reaches {@code threshold}, the pupil needs the
 * given attention level, the recipients are notified and, if {@code opensCase}, a follow-up file is opened.
 *
 * @param measure     what is counted; known to scoring, e.g. {@code PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR}
 * @param actWithinSchoolDays how many school days the first recipient has to act, or null when no deadline applies
 */
public record AlertRule(
        String ruleId,
        String description,
        String measure,
        int threshold,
        AttentionLevel attentionLevel,
        boolean opensCase,
        List<Recipient> recipients,
        Integer actWithinSchoolDays) {
}
