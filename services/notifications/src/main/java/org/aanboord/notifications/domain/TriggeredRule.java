package org.aanboord.notifications.domain;

import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.risk.v1.AttentionLevel;

/**
 * The agreement rule that started to hold, with its numbers and the decision it traces back to.
 *
 * @param actWithinSchoolDays how many school days the recipient has to act, or null
 * @param escalateTo  who hears about it when nobody acknowledged in time, or null
 */
public record TriggeredRule(
        String ruleId,
        String description,
        String measure,
        int value,
        int threshold,
        AttentionLevel attentionLevel,
        Integer actWithinSchoolDays,
        String agreementId,
        int agreementVersion,
        String assessmentId,
        RecipientParty escalateTo) {
}
