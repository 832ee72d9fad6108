package org.aanboord.agreements.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aanboord.contracts.agreements.v1.AlertRule;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.School;

/** Checks that an agreement can drive routing: every reference resolves and every rule reaches someone. */
public final class AgreementValidator {

    /** Returns every problem found, each naming its place in the document; empty when the agreement is valid. */
    public List<Violation> validate(AgreementVersion agreement) {
        List<Violation> violations = new ArrayList<>();
        if (agreement.version() < 1) {
            violations.add(new Violation("version", "must be 1 or higher"));
        }
        if (agreement.effectiveFrom() == null) {
            violations.add(new Violation("effectiveFrom", "is required"));
        }
        Set<String> clbs = new HashSet<>();
        Set<String> municipalities = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (Organisation organisation : agreement.organisations()) {
            organisations.add(organisation.id());
            if (organisation.type() == OrganisationType.CLB) {
                clbs.add(organisation.id());
            }
            if (organisation.type() == OrganisationType.LOKAAL_BESTUUR) {
                municipalities.add(organisation.id());
            }
        }
        for (int i = 0; i < agreement.schools().size(); i++) {
            School school = agreement.schools().get(i);
            organisations.add(school.id());
            if (!clbs.contains(school.clbId())) {
                violations.add(new Violation("schools[" + i + "].clbId", "school '" + school.id()
                        + "' must be served by a CLB listed in organisations, not '" + school.clbId() + "'"));
            }
            if (!municipalities.contains(school.municipalityId())) {
                violations.add(new Violation("schools[" + i + "].municipalityId", "school '" + school.id()
                        + "' must lie in a municipality listed in organisations, not '" + school.municipalityId() + "'"));
            }
        }
        for (int i = 0; i < agreement.contacts().size(); i++) {
            Contact contact = agreement.contacts().get(i);
            if (!organisations.contains(contact.organisationId())) {
                violations.add(new Violation("contacts[" + i + "].organisationId",
                        "unknown organisation '" + contact.organisationId() + "'"));
            }
        }
        Set<String> ruleIds = new HashSet<>();
        for (int i = 0; i < agreement.rules().size(); i++) {
            AlertRule rule = agreement.rules().get(i);
            if (!ruleIds.add(rule.ruleId())) {
                violations.add(new Violation("rules[" + i + "].ruleId", "duplicate rule id '" + rule.ruleId() + "'"));
            }
            if (rule.threshold() < 1) {
                violations.add(new Violation("rules[" + i + "].threshold", "must be 1 or higher"));
            }
            if (rule.recipients() == null || rule.recipients().isEmpty()) {
                violations.add(new Violation("rules[" + i + "].recipients", "a rule must notify at least one party"));
            }
        }
        return violations;
    }

    /** One problem at one place in the agreement document. */
    public record Violation(String field, String message) {
    }
}
