package org.aanboord.agreements.application.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The time series of each indicator's actuele waarde: one value per indicator and day, the latest of that day. */
public interface IndicatorSeries {

    void record(String agreementId, String indicatorId, LocalDate day, double value, Instant measuredAt);

    /** Oldest first. */
    List<Point> of(String agreementId, String indicatorId);

    record Point(LocalDate day, double value, Instant measuredAt) {
    }
}
