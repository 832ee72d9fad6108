package org.aanboord.agreements.domain;

import java.util.List;

/** A strategic objective (e.g. DS1) the local stakeholders set together, with its operational objectives. */
public record StrategicObjective(String code, String description, List<String> responsible,
        List<OperationalObjective> operational) {

    public StrategicObjective {
        responsible = Lists.copy(responsible);
        operational = Lists.copy(operational);
    }
}
