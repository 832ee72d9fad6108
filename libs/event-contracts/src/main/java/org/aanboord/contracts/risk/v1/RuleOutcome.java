package org.aanboord.contracts.risk.v1;

/**
 * One agreement rule that currently holds for the pupil, with the numbers that made it hold.
 *
 * @param measure     what was counted, e.g. {@code PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR}
 * @param explanation the comparison in words, e.g. "B half-days this school year: 5 ≥ 5"
 */
public record RuleOutcome(
        String ruleId,
        String description,
        String measure,
        int value,
        int threshold,
        AttentionLevel attentionLevel,
        String explanation) {
}
