package org.aanboord.ingestion.application;

import org.aanboord.ingestion.domain.FieldError;

/** A refused field of the row on {@code line}. */
record Refusal(int line, FieldError error) {
}
