package org.aanboord.ingestion.domain;

/** Why one field of a request was refused: the field, which rule it broke and a sentence a school can act on. */
public record FieldError(String field, Rejection rejection, String reason) {
}
