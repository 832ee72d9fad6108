package org.aanboord.agreements.domain.validation;

import static org.aanboord.agreements.domain.validation.Violations.blank;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aanboord.agreements.domain.OperationalObjective;
import org.aanboord.agreements.domain.PlanAction;
import org.aanboord.agreements.domain.ResultIndicator;
import org.aanboord.agreements.domain.StrategicObjective;
import org.aanboord.agreements.domain.indicators.IndicatorComputation;

/** Objectives and actions each have someone responsible; every indicator has a maatstaf and a streefwaarde. */
final class PlanChecks {

    /** @return the objective codes, for the indicators that refer to them */
    Set<String> checkObjectives(List<StrategicObjective> objectives, Directory directory, Violations violations) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < objectives.size(); i++) {
            StrategicObjective strategic = objectives.get(i);
            String at = "objectives[" + i + "]";
            code(strategic.code(), at, codes, violations);
            responsible(strategic.responsible(), at, false, directory, violations);
            for (int j = 0; j < strategic.operational().size(); j++) {
                OperationalObjective operational = strategic.operational().get(j);
                String op = at + ".operational[" + j + "]";
                code(operational.code(), op, codes, violations);
                responsible(operational.responsible(), op, false, directory, violations);
                for (int k = 0; k < operational.actions().size(); k++) {
                    PlanAction action = operational.actions().get(k);
                    String act = op + ".actions[" + k + "]";
                    if (blank(action.description())) {
                        violations.add(act + ".description", "describe the action (Omschrijving ACTIE)");
                    }
                    responsible(action.responsible(), act, true, directory, violations);
                }
            }
        }
        return codes;
    }

    void checkIndicators(List<ResultIndicator> indicators, Set<String> objectiveCodes, Violations violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            ResultIndicator indicator = indicators.get(i);
            String at = "indicators[" + i + "]";
            if (blank(indicator.id()) || !ids.add(indicator.id())) {
                violations.add(at + ".id", "every indicator needs its own id, not '" + indicator.id() + "'");
            }
            if (blank(indicator.measure())) {
                violations.add(at + ".measure", "indicator '" + indicator.name() + "' needs a maatstaf");
            }
            if (indicator.target() == null || indicator.target().value() == null) {
                violations.add(at + ".target.value", "indicator '" + indicator.name() + "' needs a streefwaarde");
            }
            if (indicator.target() == null || indicator.target().targetDate() == null) {
                violations.add(at + ".target.targetDate", "indicator '" + indicator.name()
                        + "' needs the date by which the streefwaarde should be reached");
            }
            if (indicator.computation() != null && IndicatorComputation.named(indicator.computation()).isEmpty()) {
                violations.add(at + ".computation", "the hub cannot compute '" + indicator.computation()
                        + "'; use one of " + Arrays.toString(IndicatorComputation.values())
                        + " or leave it empty to fill in the actuele waarde by hand");
            }
            for (int j = 0; j < indicator.objectiveCodes().size(); j++) {
                if (!objectiveCodes.contains(indicator.objectiveCodes().get(j))) {
                    violations.add(at + ".objectiveCodes[" + j + "]", "unknown objective '"
                            + indicator.objectiveCodes().get(j) + "'");
                }
            }
        }
    }

    private static void code(String code, String at, Set<String> codes, Violations violations) {
        if (blank(code) || !codes.add(code)) {
            violations.add(at + ".code", "every objective needs its own code (e.g. DS1, DS1.1), not '" + code + "'");
        }
    }

    private static void responsible(List<String> responsible, String at, boolean required, Directory directory,
            Violations violations) {
        if (required && responsible.isEmpty()) {
            violations.add(at + ".responsible", "an action needs at least one responsible organisation "
                    + "(Verantwoordelijke)");
        }
        for (int i = 0; i < responsible.size(); i++) {
            if (!directory.knows(responsible.get(i))) {
                violations.add(at + ".responsible[" + i + "]", "unknown organisation '" + responsible.get(i) + "'");
            }
        }
    }
}
