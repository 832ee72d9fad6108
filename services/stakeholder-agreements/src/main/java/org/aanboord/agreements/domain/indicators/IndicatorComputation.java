package org.aanboord.agreements.domain.indicators;

import java.util.Arrays;
import java.util.Optional;

/** The actuele waarden the hub computes itself, named in an indicator's {@code computation}. */
public enum IndicatorComputation {
    /** Pupils of the agreement's schools with 30 or more B half-days this school year (from risk assessments). */
    PUPILS_WITH_30_B_HALF_DAYS,
    /** Open follow-up files per school of the agreement (from the case lifecycle). */
    OPEN_CASES_PER_SCHOOL,
    /** Actions of the agreement past their due date and neither done nor cancelled. */
    OVERDUE_ACTIONS,
    /**
     * Of the alerts to the agreement's CLBs that were acknowledged or escalated, the share (%) acknowledged before
     * their deadline passed (from the notification outcomes).
     */
    CLB_ALERTS_ACKNOWLEDGED_IN_TIME;

    public static Optional<IndicatorComputation> named(String name) {
        return Arrays.stream(values()).filter(computation -> computation.name().equals(name)).findFirst();
    }
}
