package org.aanboord.agreements.domain;

import java.util.List;

/** An operational objective (e.g. DS1.1) derived from a strategic one, made concrete in actions. */
public record OperationalObjective(String code, String description, List<String> responsible, List<PlanAction> actions) {

    public OperationalObjective {
        responsible = Lists.copy(responsible);
        actions = Lists.copy(actions);
    }
}
