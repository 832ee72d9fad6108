package org.aanboord.agreements.application.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.agreements.application.NotFoundException;
import org.aanboord.agreements.application.indicators.IndicatorSeries.Point;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.ResultIndicator;
import org.aanboord.agreements.domain.indicators.TargetCheck;
import org.springframework.stereotype.Service;

/** Each indicator of the agreement in force with its actuele waarde, its trend and whether it meets the target. */
@Service
public class IndicatorQueries {

    private final IndicatorMeasuring measuring;
    private final IndicatorSeries series;
    private final Clock clock;

    IndicatorQueries(IndicatorMeasuring measuring, IndicatorSeries series, Clock clock) {
        this.measuring = measuring;
        this.series = series;
        this.clock = clock;
    }

    public List<IndicatorState> of(String agreementId) {
        AgreementVersion agreement = measuring.inForce(agreementId, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("no version of agreement '" + agreementId + "' is in force"));
        return agreement.indicators().stream().map(indicator -> state(agreement, indicator)).toList();
    }

    private IndicatorState state(AgreementVersion agreement, ResultIndicator indicator) {
        List<Point> trend = series.of(agreement.agreementId(), indicator.id());
        Point latest = trend.isEmpty() ? null : trend.get(trend.size() - 1);
        Double current = latest != null ? Double.valueOf(latest.value())
                : indicator.currentValue() == null ? null : indicator.currentValue().value();
        LocalDate measuredOn = latest != null ? latest.day()
                : indicator.currentValue() == null ? null : indicator.currentValue().measuredOn();
        Boolean onTarget = current == null ? null : TargetCheck.onTarget(indicator, current);
        return new IndicatorState(indicator.id(), indicator.name(), indicator.measure(), indicator.unit(),
                indicator.computation(), current, measuredOn, indicator.target() == null ? null : indicator.target().value(),
                indicator.target() == null ? null : indicator.target().targetDate(), indicator.direction() == null ? null
                        : indicator.direction().name(), onTarget, agreement.version(), trend);
    }

    /**
     * @param currentValue the latest computed value, else the one filled in by hand; null when not yet measured
     * @param onTarget     null while not yet measured
     */
    public record IndicatorState(String indicatorId, String name, String measure, String unit, String computation,
            Double currentValue, LocalDate measuredOn, Double targetValue, LocalDate targetDate, String direction,
            Boolean onTarget, int agreementVersion, List<Point> trend) {
    }
}
