package org.aanboord.agreements.domain.validation;

import java.util.EnumSet;
import java.util.Set;

import org.aanboord.agreements.domain.MinimumDuty;
import org.aanboord.agreements.domain.Regie;
import org.aanboord.agreements.domain.RegieDuty;

/** Exactly one regisseur, who is a known organisation with one of its contacts, and all five minimum duties. */
final class RegieChecks {

    void check(Regie regie, Directory directory, Violations violations) {
        if (regie == null || Violations.blank(regie.organisationId())) {
            violations.add("regie.organisationId", "the agreement needs a regisseur (Wie neemt de regiefunctie op zich?)");
            return;
        }
        if (!directory.knows(regie.organisationId())) {
            violations.add("regie.organisationId", "unknown organisation '" + regie.organisationId() + "'");
        }
        if (regie.contactId() != null && directory.contact(regie.contactId())
                .filter(contact -> contact.organisationId().equals(regie.organisationId())).isEmpty()) {
            violations.add("regie.contactId", "'" + regie.contactId() + "' is not a contact of '"
                    + regie.organisationId() + "'");
        }
        Set<MinimumDuty> present = EnumSet.noneOf(MinimumDuty.class);
        for (RegieDuty duty : regie.minimumDuties()) {
            if (duty.duty() != null) {
                present.add(duty.duty());
            }
        }
        for (MinimumDuty duty : MinimumDuty.values()) {
            if (!present.contains(duty)) {
                violations.add("regie.minimumDuties", "the minimum duty " + duty + " (" + duty.dutch()
                        + ") is missing; the regisseur takes on all five");
            }
        }
    }
}
