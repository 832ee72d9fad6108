package org.aanboord.ingestion.application;

import org.aanboord.ingestion.domain.RegistrationRequest;

/** A request with where it came from: the CSV line number, or the 1-based position in a JSON array. */
public record NumberedRequest(int line, RegistrationRequest request) {
}
