package org.aanboord.ingestion.domain;

/** Why one field of a registration was refused. */
public record FieldError(String field, String reason) {
}
