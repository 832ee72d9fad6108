package org.aanboord.agreements.domain;

import java.util.List;

/**
 * A row of the RESULTAATSINDICATOREN table: indicator, maatstaf, timing, actuele waarde and streefwaarde.
 *
 * @param computation how the hub computes the actuele waarde from platform events (an {@code IndicatorComputation}
 *                    name), or null when partners fill it in by hand
 * @param objectiveCodes the objectives (e.g. DS1.1) this indicator measures
 */
public record ResultIndicator(
        String id,
        String name,
        String measure,
        String unit,
        String timing,
        String computation,
        Measurement baseline,
        Measurement currentValue,
        Target target,
        IndicatorDirection direction,
        List<String> objectiveCodes) {

    public ResultIndicator {
        objectiveCodes = Lists.copy(objectiveCodes);
    }
}
