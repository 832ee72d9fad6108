package org.aanboord.ingestion.adapter.in.web;

import java.util.List;

import org.aanboord.ingestion.domain.FieldError;
import org.aanboord.ingestion.domain.Rejection;

/** The CSV file as a whole cannot be read (encoding, header); no row was looked at. */
class CsvFormatException extends RuntimeException {

    private final transient List<FieldError> errors;

    CsvFormatException(List<FieldError> errors) {
        super("The CSV file cannot be read: " + errors.size() + " problem(s)");
        this.errors = List.copyOf(errors);
    }

    CsvFormatException(String field, String reason) {
        this(List.of(new FieldError(field, Rejection.MALFORMED, reason)));
    }

    List<FieldError> errors() {
        return errors;
    }
}
