package org.aanboord.agreements.domain.indicators;

import org.aanboord.agreements.domain.IndicatorDirection;
import org.aanboord.agreements.domain.ResultIndicator;

/** Whether a value meets the indicator's streefwaarde, given which way the indicator should go. */
public final class TargetCheck {

    private TargetCheck() {
    }

    public static boolean onTarget(ResultIndicator indicator, double value) {
        if (indicator.target() == null || indicator.target().value() == null) {
            return true;
        }
        double target = indicator.target().value();
        IndicatorDirection direction = indicator.direction() == null ? IndicatorDirection.MAINTAIN
                : indicator.direction();
        return switch (direction) {
            case DECREASE -> value <= target;
            case INCREASE -> value >= target;
            default -> value == target;
        };
    }
}
