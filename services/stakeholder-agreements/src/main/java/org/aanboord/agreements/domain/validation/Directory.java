package org.aanboord.agreements.domain.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.aanboord.agreements.domain.AgreementVersion;
import org.aanboord.contracts.agreements.v1.Contact;
import org.aanboord.contracts.agreements.v1.Organisation;
import org.aanboord.contracts.agreements.v1.OrganisationType;
import org.aanboord.contracts.agreements.v1.RecipientParty;
import org.aanboord.contracts.agreements.v1.School;

/** The organisations an agreement names (schools included), for resolving references in it. */
final class Directory {

    private final Map<String, OrganisationType> types = new HashMap<>();
    private final Map<String, Contact> contacts = new HashMap<>();

    Directory(AgreementVersion agreement) {
        for (Organisation organisation : agreement.organisations()) {
            types.put(organisation.id(), organisation.type());
        }
        for (School school : agreement.schools()) {
            types.putIfAbsent(school.id(), OrganisationType.SCHOOL);
        }
        for (Contact contact : agreement.contacts()) {
            contacts.put(contact.id(), contact);
        }
    }

    boolean knows(String organisationId) {
        return organisationId != null && types.containsKey(organisationId);
    }

    boolean is(String organisationId, OrganisationType type) {
        return types.get(organisationId) == type;
    }

    Optional<Contact> contact(String contactId) {
        return Optional.ofNullable(contactId).map(contacts::get);
    }

    /** Whether any organisation in the agreement can be reached as this party. */
    boolean resolves(RecipientParty party) {
        if (party == null) {
            return false;
        }
        OrganisationType type = switch (party) {
            case SCHOOL -> OrganisationType.SCHOOL;
            case CLB -> OrganisationType.CLB;
            case MUNICIPALITY -> OrganisationType.LOKAAL_BESTUUR;
            case VDAB -> OrganisationType.VDAB;
            default -> null;
        };
        return type != null && types.containsValue(type);
    }
}
