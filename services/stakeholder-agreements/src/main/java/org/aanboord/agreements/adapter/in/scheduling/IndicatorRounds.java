package org.aanboord.agreements.adapter.in.scheduling;

import org.aanboord.agreements.application.indicators.IndicatorMeasuring;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Measures the indicators whose facts changed, every {@code aanboord.agreements.indicators.settle} (a stream of
 * events costs one measurement per round), and every indicator on a schedule too: overdue actions and the day's
 * point change with the calendar alone.
 */
@Component
class IndicatorRounds {

    private final IndicatorMeasuring measuring;

    IndicatorRounds(IndicatorMeasuring measuring) {
        this.measuring = measuring;
    }

    @Scheduled(fixedDelayString = "${aanboord.agreements.indicators.interval:1h}", initialDelayString = "10s")
    void measureAll() {
        measuring.measureAll();
    }

    @Scheduled(fixedDelayString = "${aanboord.agreements.indicators.settle:1s}")
    void measureChanged() {
        measuring.measureChanged();
    }
}
