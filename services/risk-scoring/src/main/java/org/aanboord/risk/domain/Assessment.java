package org.aanboord.risk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.RuleOutcome;

/** The rules that hold for a pupil now and the attention level they add up to. */
public record Assessment(List<RuleOutcome> holding, AttentionLevel attentionLevel) {

    public static final Assessment NONE = new Assessment(List.of(), AttentionLevel.UNIVERSAL);

    /** The highest attention level among the rules that hold; universal support when none does. */
    public static Assessment of(List<RuleOutcome> holding) {
        AttentionLevel level = holding.stream().map(RuleOutcome::attentionLevel)
                .max(Comparator.naturalOrder()).orElse(AttentionLevel.UNIVERSAL);
        return new Assessment(List.copyOf(holding), level);
    }

    public Set<String> ruleIds() {
        return holding.stream().map(RuleOutcome::ruleId).collect(Collectors.toSet());
    }

    /** Rules that hold now and did not before. */
    public List<String> newlyHoldingSince(Set<String> previousRuleIds) {
        return holding.stream().map(RuleOutcome::ruleId).filter(id -> !previousRuleIds.contains(id)).sorted().toList();
    }

    /** Rules that held before and no longer do. */
    public List<String> clearedSince(Set<String> previousRuleIds) {
        Set<String> now = ruleIds();
        return previousRuleIds.stream().filter(id -> !now.contains(id)).sorted().toList();
    }
}
