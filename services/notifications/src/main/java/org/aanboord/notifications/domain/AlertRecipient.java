package org.aanboord.notifications.domain;

import java.util.List;

import org.aanboord.contracts.agreements.v1.DataScope;
import org.aanboord.contracts.agreements.v1.RecipientParty;

/**
 * The organisation an alert is for, resolved from the pupil's school in the agreement, with the professionals the
 * agreement names for that party (for e-mail and escalation later).
 */
public record AlertRecipient(
        String organisationId,
        String organisationName,
        RecipientParty party,
        DataScope dataScope,
        List<ContactPerson> contacts) {

    public AlertRecipient {
        contacts = List.copyOf(contacts);
    }
}
