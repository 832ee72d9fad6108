package org.aanboord.cases.domain;

/** A referral asks a partner to help while the case stays here; a transfer hands the case to the partner. */
public enum ReferralKind {
    REFERRAL,
    TRANSFER
}
