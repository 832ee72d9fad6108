package org.aanboord.contracts.agreements.v1;

/**
 * Who takes the regiefunctie of the agreement: an organisation (usually the municipality) and its contact person.
 * Off-target indicators and overdue actions are reported to the regisseur.
 */
public record Regisseur(String organisationId, String contactId) {
}
