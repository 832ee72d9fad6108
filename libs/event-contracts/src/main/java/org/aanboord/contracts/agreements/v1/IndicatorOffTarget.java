package org.aanboord.contracts.agreements.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A result indicator's actuele waarde, computed by the hub, moved away from its streefwaarde (it was on target or
 * not measured before). Meant for the regisseur, who follows up the agreement's execution. Aggregate numbers only.
 *
 * @param direction DECREASE, INCREASE or MAINTAIN: which way the value should go
 */
public record IndicatorOffTarget(
        String agreementId,
        int agreementVersion,
        String indicatorId,
        String indicatorName,
        double value,
        String unit,
        Double targetValue,
        LocalDate targetDate,
        String direction,
        Regisseur regisseur,
        Instant measuredAt) implements AgreementIndicatorEvent {
}
