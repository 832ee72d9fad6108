package org.aanboord.agreements.application.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.aanboord.agreements.application.AgreementStore;
import org.aanboord.agreements.application.PublishedVersion;
import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.ResultIndicator;
import org.aanboord.agreements.domain.indicators.IndicatorComputation;
import org.aanboord.agreements.domain.indicators.OverdueActions;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.springframework.stereotype.Service;

/**
 * Computes the actuele waarde of every indicator the hub can compute, for the agreement version in force today,
 * adds it to the indicator's time series and alarms the regisseur when it leaves its target. Measured shortly after
 * a fact changes (one measurement per agreement per round, however many events moved it) and on a schedule (overdue
 * actions change with the calendar alone).
 */
@Service
public class IndicatorMeasuring {

    private final AgreementStore agreements;
    private final IndicatorFacts facts;
    private final IndicatorSeries series;
    private final OffTargetAlarm alarm;
    private final Clock clock;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    IndicatorMeasuring(AgreementStore agreements, IndicatorFacts facts, IndicatorSeries series, OffTargetAlarm alarm,
            Clock clock) {
        this.agreements = agreements;
        this.facts = facts;
        this.series = series;
        this.alarm = alarm;
        this.clock = clock;
    }

    /** One at a time, so a measurement from older facts never overwrites a newer one. */
    public synchronized void measure(String agreementId) {
        LocalDate today = LocalDate.now(clock);
        inForce(agreementId, today).ifPresent(agreement -> {
            for (ResultIndicator indicator : agreement.indicators()) {
                Optional<IndicatorComputation> computation = Optional.ofNullable(indicator.computation())
                        .flatMap(IndicatorComputation::named);
                computation.flatMap(how -> value(how, agreement, today)).ifPresent(value -> {
                    series.record(agreementId, indicator.id(), today, value, clock.instant());
                    alarm.check(agreement, indicator, value);
                });
            }
        });
    }

    /** A fact of the agreement changed: {@link #measureChanged()} measures it. */
    public void factsChanged(String agreementId) {
        changed.add(agreementId);
    }

    /**
     * Measures every agreement whose facts changed since the last round. Each is taken out of the set before it is
     * measured, so a fact recorded meanwhile is either seen by this measurement or marks the agreement again.
     */
    public void measureChanged() {
        for (String agreementId : List.copyOf(changed)) {
            changed.remove(agreementId);
            measure(agreementId);
        }
    }

    public void measureAll() {
        agreements.findAll().stream().map(version -> version.agreement().agreementId()).distinct()
                .forEach(this::measure);
    }

    /** The version that applies on the day: the latest one already in effect. */
    public Optional<AgreementVersion> inForce(String agreementId, LocalDate day) {
        List<AgreementVersion> versions = agreements.findAll().stream().map(PublishedVersion::agreement)
                .filter(agreement -> agreement.agreementId().equals(agreementId))
                .filter(agreement -> !agreement.effectiveFrom().isAfter(day))
                .toList();
        return versions.stream().max(Comparator.comparing(AgreementVersion::effectiveFrom)
                .thenComparing(AgreementVersion::version));
    }

    /** The value, or nothing while there is nothing to measure yet (e.g. no alert settled). */
    private Optional<Double> value(IndicatorComputation computation, AgreementVersion agreement, LocalDate today) {
        return switch (computation) {
            case PUPILS_WITH_30_B_HALF_DAYS ->
                    Optional.of((double) facts.pupilsWithAtLeast30B(agreement.agreementId(), schoolYear(today)));
            case OPEN_CASES_PER_SCHOOL -> Optional.of(agreement.schools().isEmpty() ? 0.0
                    : round(facts.openCases(agreement.agreementId()), agreement.schools().size(), 1));
            case OVERDUE_ACTIONS -> Optional.of((double) OverdueActions.on(agreement, today).size());
            case CLB_ALERTS_ACKNOWLEDGED_IN_TIME -> acknowledgedInTime(agreement);
        };
    }

    private Optional<Double> acknowledgedInTime(AgreementVersion agreement) {
        List<String> clbs = agreement.organisations().stream()
                .filter(organisation -> organisation.type() == OrganisationType.CLB)
                .map(Organisation::id)
                .toList();
        long settled = facts.alertsSettled(agreement.agreementId(), clbs);
        return settled == 0 ? Optional.empty()
                : Optional.of(round(facts.alertsAcknowledgedInTime(agreement.agreementId(), clbs), settled, 100));
    }

    /** numerator / denominator × scale, to two decimals. */
    private static double round(long numerator, long denominator, int scale) {
        return Math.round(100.0 * scale * numerator / denominator) / 100.0;
    }

    /** Flemish school years run from 1 September, e.g. "2026-2027". */
    static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }
}
