package org.aanboord.agreements.domain.validation;

import static org.aanboord.agreements.domain.validation.Violations.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.agreements.domain.Contributor;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.School;

/** Organisations, the region, schools (each with its CLB and municipality) and both contacts tables. */
final class ParticipantChecks {

    void check(AgreementVersion agreement, Directory directory, Violations violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < agreement.organisations().size(); i++) {
            Organisation organisation = agreement.organisations().get(i);
            if (!ids.add(organisation.id())) {
                violations.add("organisations[" + i + "].id", "duplicate organisation id '" + organisation.id() + "'");
            }
        }
        if (agreement.region() != null) {
            List<String> municipalities = agreement.region().municipalityIds();
            for (int i = 0; i < municipalities.size(); i++) {
                if (!directory.is(municipalities.get(i), OrganisationType.LOKAAL_BESTUUR)) {
                    violations.add("region.municipalityIds[" + i + "]", "'" + municipalities.get(i)
                            + "' is not a municipality (LOKAAL_BESTUUR) listed in organisations");
                }
            }
        }
        for (int i = 0; i < agreement.schools().size(); i++) {
            School school = agreement.schools().get(i);
            if (blank(school.clbId())) {
                violations.add("schools[" + i + "].clbId", "school '" + school.id() + "' has no CLB; every school "
                        + "must be served by a CLB listed in organisations");
            } else if (!directory.is(school.clbId(), OrganisationType.CLB)) {
                violations.add("schools[" + i + "].clbId", "school '" + school.id()
                        + "' must be served by a CLB listed in organisations, not '" + school.clbId() + "'");
            }
            if (!directory.is(school.municipalityId(), OrganisationType.LOKAAL_BESTUUR)) {
                violations.add("schools[" + i + "].municipalityId", "school '" + school.id()
                        + "' must lie in a municipality listed in organisations, not '" + school.municipalityId() + "'");
            }
        }
        for (int i = 0; i < agreement.contacts().size(); i++) {
            Contact contact = agreement.contacts().get(i);
            if (!directory.knows(contact.organisationId())) {
                violations.add("contacts[" + i + "].organisationId",
                        "unknown organisation '" + contact.organisationId() + "'");
            }
            if (blank(contact.role())) {
                violations.add("contacts[" + i + "].role", "a contact who plays a role (Rol) must say which");
            }
        }
        for (int i = 0; i < agreement.contributors().size(); i++) {
            Contributor contributor = agreement.contributors().get(i);
            if (!directory.knows(contributor.organisationId())) {
                violations.add("contributors[" + i + "].organisationId",
                        "unknown organisation '" + contributor.organisationId() + "'");
            }
        }
    }
}
