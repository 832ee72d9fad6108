package org.aanboord.contracts.risk.v1;

import java.util.List;

/**
 * The attention level one signal domain calls for, and the rules of that domain that hold.
 *
 * @param ruleIds the holding rules of this domain; empty (and the level UNIVERSAL) when none holds
 */
public record DomainAttention(SignalDomain domain, AttentionLevel attentionLevel, List<String> ruleIds) {

    public DomainAttention {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }
}
