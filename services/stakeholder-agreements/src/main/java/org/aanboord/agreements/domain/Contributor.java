package org.aanboord.agreements.domain;

/**
 * A row of the draaiboek's second contacts table, "Wie kan er bijdragen bij de reductie van het aantal vroegtijdig
 * schoolverlaters?": like a contact but without a role in the agreement.
 */
public record Contributor(String organisationId, String fullName, String email, String phone, String remarks) {
}
