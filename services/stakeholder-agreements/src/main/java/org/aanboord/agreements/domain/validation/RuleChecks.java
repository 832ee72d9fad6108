package org.aanboord.agreements.domain.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Recipient;
import org.aanboord.contracts.agreements.v1.RecipientParty;

/** Every machine-readable rule reaches someone, names who acts, and escalates to someone who exists. */
final class RuleChecks {

    void check(AgreementVersion agreement, Directory directory, Violations violations) {
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < agreement.rules().size(); i++) {
            AlertRule rule = agreement.rules().get(i);
            String at = "rules[" + i + "]";
            if (!ruleIds.add(rule.ruleId())) {
                violations.add(at + ".ruleId", "duplicate rule id '" + rule.ruleId() + "'");
            }
            if (rule.threshold() < 1) {
                violations.add(at + ".threshold", "must be 1 or higher");
            }
            if (rule.phase() == null) {
                violations.add(at + ".phase", "say which phase agreement the rule belongs to: "
                        + "MONITORING_IDENTIFICATION, PREVENTION, INTERVENTION or COMPENSATION");
            }
            List<Recipient> recipients = rule.recipients() == null ? List.of() : rule.recipients();
            if (recipients.isEmpty()) {
                violations.add(at + ".recipients", "a rule must notify at least one party");
            }
            for (int j = 0; j < recipients.size(); j++) {
                RecipientParty party = recipients.get(j).party();
                if (!directory.resolves(party)) {
                    violations.add(at + ".recipients[" + j + "].party", "no organisation in the agreement is a "
                            + party + ", so nobody would receive this alert");
                }
            }
            if (rule.actingParty() != null
                    && recipients.stream().noneMatch(recipient -> recipient.party() == rule.actingParty())) {
                violations.add(at + ".actingParty", rule.actingParty()
                        + " must act but is not among the recipients, so it would never hear of it");
            }
            if (rule.actWithinSchoolDays() != null && rule.actWithinSchoolDays() < 1) {
                violations.add(at + ".actWithinSchoolDays", "must be 1 school day or more");
            }
            checkEscalation(rule, at, directory, recipients, violations);
        }
    }

    private static void checkEscalation(AlertRule rule, String at, Directory directory, List<Recipient> recipients,
            Violations violations) {
        if (rule.actWithinSchoolDays() != null && rule.escalateTo() == null) {
            violations.add(at + ".escalateTo", "the rule sets a deadline of " + rule.actWithinSchoolDays()
                    + " school days but escalates to nobody when it is missed");
            return;
        }
        if (rule.escalateTo() == null) {
            return;
        }
        if (!directory.resolves(rule.escalateTo())) {
            violations.add(at + ".escalateTo", "escalation to nobody: no organisation in the agreement is a "
                    + rule.escalateTo());
        }
        RecipientParty acting = rule.actingParty() != null ? rule.actingParty()
                : recipients.isEmpty() ? null : recipients.get(0).party();
        if (rule.escalateTo() == acting) {
            violations.add(at + ".escalateTo", "escalates to " + acting + ", the party that had to act itself");
        }
        if (rule.actWithinSchoolDays() == null) {
            violations.add(at + ".actWithinSchoolDays", "an escalation needs a deadline in school days");
        }
    }
}
