package org.aanboord.risk.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.contracts.risk.v1.SignalDomain;

/** The rules that hold for a pupil now and the attention level they add up to. */
public record Assessment(List<RuleOutcome> holding, AttentionLevel attentionLevel) {

    /** The highest attention level among the rules that hold; universal support when none does. */
    public static Assessment of(List<RuleOutcome> holding) {
        AttentionLevel level = holding.stream().map(RuleOutcome::attentionLevel)
                .max(Comparator.naturalOrder()).orElse(AttentionLevel.UNIVERSAL);
        return new Assessment(List.copyOf(holding), level);
    }

    /** Per ABC domain, the level its own holding rules call for; a domain without any holds universal support. */
    public List<DomainAttention> domains() {
        List<DomainAttention> domains = new ArrayList<>();
        for (SignalDomain domain : SignalDomain.values()) {
            List<RuleOutcome> ofDomain = holding.stream()
                    .filter(outcome -> Measure.named(outcome.measure()).map(Measure::domain).orElse(null) == domain)
                    .toList();
            domains.add(new DomainAttention(domain, of(ofDomain).attentionLevel(),
                    ofDomain.stream().map(RuleOutcome::ruleId).sorted().toList()));
        }
        return domains;
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
