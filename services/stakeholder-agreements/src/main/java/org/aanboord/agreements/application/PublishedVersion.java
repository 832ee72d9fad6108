package org.aanboord.agreements.application;

import java.time.Instant;

import org.aanboord.agreements.domain.AgreementVersion;

/** A published, immutable agreement version and who published it when. */
public record PublishedVersion(AgreementVersion agreement, Instant publishedAt, String publishedBy) {
}
