package org.aanboord.contracts.agreements.v1;

/**
 * A row of the draaiboek's contacts table (instantie, contactpersoon, rol, e-mail, telefoon, opmerkingen).
 * These are professionals' work contacts, never pupils.
 *
 * @param party the routing role this contact takes for its organisation, so alerts reach a person, not a building
 */
public record Contact(
        String id,
        String organisationId,
        String fullName,
        String role,
        RecipientParty party,
        String email,
        String phone,
        String remarks) {
}
