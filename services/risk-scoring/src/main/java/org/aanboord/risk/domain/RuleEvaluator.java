package org.aanboord.risk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.risk.v1.RuleOutcome;

/**
 * Applies an agreement's rules to a pupil's year. The thresholds are data from the agreement; this class only
 * knows how to measure. Rules with a measure it does not know are skipped, so newer agreements do not break it.
 */
public final class RuleEvaluator {

    public static final String PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR = Measure.PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR.name();

    /** The rules that hold, each with its numbers and the comparison in words. */
    public List<RuleOutcome> evaluate(List<AlertRule> rules, AttendanceFacts facts) {
        List<RuleOutcome> holding = new ArrayList<>();
        for (AlertRule rule : rules) {
            Optional<Measure> measure = Measure.named(rule.measure());
            if (measure.isEmpty()) {
                continue;
            }
            Measure.Reading reading = measure.get().read(facts, rule.windowSchoolDays());
            if (reading.value() >= rule.threshold()) {
                holding.add(new RuleOutcome(rule.ruleId(), rule.description(), rule.measure(), reading.value(),
                        rule.threshold(), rule.attentionLevel(), reading.explain(rule.threshold())));
            }
        }
        return holding;
    }
}
