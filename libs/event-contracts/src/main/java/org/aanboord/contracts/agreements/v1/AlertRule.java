package org.aanboord.contracts.agreements.v1;

import java.util.List;

import org.aanboord.contracts.risk.v1.AttentionLevel;

/**
 * A machine-readable rule of the agreement: when {@code measure} reaches {@code threshold}, the pupil needs the
 * given attention level, the recipients are notified and, if {@code opensCase}, a follow-up file is opened.
 *
 * @param measure     what is counted; known to scoring, e.g. {@code PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR}
 * @param actWithinSchoolDays how many school days the first recipient has to act, or null when no deadline applies
 * @param escalateTo  the party that hears about it when nobody acknowledged within {@code actWithinSchoolDays},
 *                    or null (absent in agreements published before escalation existed)
 * @param windowSchoolDays for rolling-window measures, how many school days the window spans; null for the
 *                    measure's own default (absent in agreements published before windows existed)
 * @param phase       the phase agreement (draaiboek 1.4.1 to 1.4.4) the rule belongs to; null in older versions
 * @param actingParty who must act within {@code actWithinSchoolDays}; null means the first recipient
 */
public record AlertRule(
        String ruleId,
        String description,
        String measure,
        int threshold,
        AttentionLevel attentionLevel,
        boolean opensCase,
        List<Recipient> recipients,
        Integer actWithinSchoolDays,
        RecipientParty escalateTo,
        Integer windowSchoolDays,
        AgreementPhase phase,
        RecipientParty actingParty) {

    /** A rule without an escalation party, as published before {@code escalateTo} existed. */
    public AlertRule(String ruleId, String description, String measure, int threshold, AttentionLevel attentionLevel,
            boolean opensCase, List<Recipient> recipients, Integer actWithinSchoolDays) {
        this(ruleId, description, measure, threshold, attentionLevel, opensCase, recipients, actWithinSchoolDays, null);
    }

    /** A rule without a window of its own, as published before {@code windowSchoolDays} existed. */
    public AlertRule(String ruleId, String description, String measure, int threshold, AttentionLevel attentionLevel,
            boolean opensCase, List<Recipient> recipients, Integer actWithinSchoolDays, RecipientParty escalateTo) {
        this(ruleId, description, measure, threshold, attentionLevel, opensCase, recipients, actWithinSchoolDays,
                escalateTo, null);
    }

    /** A rule without phase and acting party, as published before the draaiboek's phases were in the contract. */
    public AlertRule(String ruleId, String description, String measure, int threshold, AttentionLevel attentionLevel,
            boolean opensCase, List<Recipient> recipients, Integer actWithinSchoolDays, RecipientParty escalateTo,
            Integer windowSchoolDays) {
        this(ruleId, description, measure, threshold, attentionLevel, opensCase, recipients, actWithinSchoolDays,
                escalateTo, windowSchoolDays, null, null);
    }
}
