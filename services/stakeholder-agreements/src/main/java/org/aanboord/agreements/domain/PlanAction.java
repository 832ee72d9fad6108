package org.aanboord.agreements.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An ACTIE under an operational objective: who is responsible (organisation ids, the template's
 * "Verantwoordelijke"), by when, and how far it is.
 */
public record PlanAction(
        String code,
        String description,
        List<String> responsible,
        LocalDate dueDate,
        ActionStatus status) {

    public PlanAction {
        responsible = Lists.copy(responsible);
    }
}
