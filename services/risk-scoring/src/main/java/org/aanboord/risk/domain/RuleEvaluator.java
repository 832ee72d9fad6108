package org.aanboord.risk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.risk.v1.RuleOutcome;

/**
 * Applies an agreement's rules to a pupil's year. The thresholds are data from the agreement; this class only
 * knows how to measure. Rules with a measure it does not know are skipped, so newer agreements do not break it.
 */
public final class RuleEvaluator {

    public static final String PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR = "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR";

    /** The rules that hold, each with its numbers and the comparison in words. */
    public List<RuleOutcome> evaluate(List<AlertRule> rules, PupilYear year) {
        List<RuleOutcome> holding = new ArrayList<>();
        for (AlertRule rule : rules) {
            measure(rule.measure(), year)
                    .filter(value -> value >= rule.threshold())
                    .ifPresent(value -> holding.add(new RuleOutcome(rule.ruleId(), rule.description(), rule.measure(),
                            value, rule.threshold(), rule.attentionLevel(), explain(rule, value))));
        }
        return holding;
    }

    private static Optional<Integer> measure(String measure, PupilYear year) {
        if (PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR.equals(measure)) {
            return Optional.of(year.count(AttendanceCode.B));
        }
        return Optional.empty();
    }

    private static String explain(AlertRule rule, int value) {
        if (PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR.equals(rule.measure())) {
            return "B half-days this school year: " + value + " ≥ " + rule.threshold();
        }
        return rule.measure() + ": " + value + " ≥ " + rule.threshold();
    }
}
