package org.aanboord.agreements.application;

import java.time.Instant;

import org.aanboord.agreements.domain.AgreementVersion;

/** The next version of an agreement while it is being written; it may be invalid until it is published. */
public record Draft(AgreementVersion agreement, Instant savedAt, String savedBy) {
}
