package org.aanboord.contracts.risk.v1;

import java.time.Instant;
import java.util.List;

/**
 * Published only when a pupil's assessment changed: a rule newly holds, a rule no longer holds, or the attention
 * level moved. Carries the agreement version that was applied so every decision can be traced back.
 *
 * @param assessmentId         unique and deterministic for this change, so a recomputation republishes the same id
 * @param triggeredRules       every rule that holds after this change, with its numbers
 * @param newlyTriggeredRuleIds rules that started to hold with this change
 * @param clearedRuleIds       rules that held before and no longer do (de-escalation, never re-alerted)
 * @param domains              the attention level per signal domain (attendance, behaviour, course performance) and
 *                             the rules behind it; empty in messages published before this field existed
 */
public record RiskAssessmentChanged(
        String assessmentId,
        String pupilPseudonym,
        String schoolId,
        String clbId,
        String municipalityId,
        String schoolYear,
        String agreementId,
        int agreementVersion,
        AttentionLevel attentionLevel,
        AttentionLevel previousAttentionLevel,
        List<RuleOutcome> triggeredRules,
        List<String> newlyTriggeredRuleIds,
        List<String> clearedRuleIds,
        Instant assessedAt,
        List<DomainAttention> domains) implements RiskAssessmentEvent {

    public RiskAssessmentChanged {
        domains = domains == null ? List.of() : domains;
    }

    /** An assessment without the per-domain breakdown, as published before {@code domains} existed. */
    public RiskAssessmentChanged(String assessmentId, String pupilPseudonym, String schoolId, String clbId,
            String municipalityId, String schoolYear, String agreementId, int agreementVersion,
            AttentionLevel attentionLevel, AttentionLevel previousAttentionLevel, List<RuleOutcome> triggeredRules,
            List<String> newlyTriggeredRuleIds, List<String> clearedRuleIds, Instant assessedAt) {
        this(assessmentId, pupilPseudonym, schoolId, clbId, municipalityId, schoolYear, agreementId, agreementVersion,
                attentionLevel, previousAttentionLevel, triggeredRules, newlyTriggeredRuleIds, clearedRuleIds,
                assessedAt, List.of());
    }
}
