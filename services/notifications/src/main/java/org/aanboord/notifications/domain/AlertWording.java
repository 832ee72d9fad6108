package org.aanboord.notifications.domain;

import java.util.Map;

/**
 * Alert titles in Dutch (nl-BE) and English, built from the rule's measure, numbers and description. Measures are
 * the small vocabulary scoring counts in, so they get proper nouns; a measure not listed falls back to the rule's
 * own description, so a new rule never needs code here.
 */
final class AlertWording {

    private static final Map<String, Nouns> MEASURES = Map.of(
            "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", new Nouns(
                    "problematische halve dag", "problematische halve dagen",
                    "problematic half-day", "problematic half-days"));

    String titleNl(TriggeredRule rule) {
        Nouns nouns = MEASURES.get(rule.measure());
        if (nouns == null) {
            return "Drempel bereikt: " + rule.description() + " (" + numbers(rule) + ")";
        }
        return "Drempel bereikt: " + rule.value() + " " + (rule.value() == 1 ? nouns.nlOne() : nouns.nlMany());
    }

    String titleEn(TriggeredRule rule) {
        Nouns nouns = MEASURES.get(rule.measure());
        if (nouns == null) {
            return "Threshold reached: " + rule.description() + " (" + numbers(rule) + ")";
        }
        return "Threshold reached: " + rule.value() + " " + (rule.value() == 1 ? nouns.enOne() : nouns.enMany());
    }

    private static String numbers(TriggeredRule rule) {
        return rule.value() + " ≥ " + rule.threshold();
    }

    private record Nouns(String nlOne, String nlMany, String enOne, String enMany) {
    }
}
