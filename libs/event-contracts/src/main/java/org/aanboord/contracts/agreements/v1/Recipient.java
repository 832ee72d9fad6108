package org.aanboord.contracts.agreements.v1;

/** One party an agreement rule notifies, and how much it may see. */
public record Recipient(RecipientParty party, DataScope dataScope) {
}
