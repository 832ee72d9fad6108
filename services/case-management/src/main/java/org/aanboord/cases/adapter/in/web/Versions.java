package org.aanboord.cases.adapter.in.web;

import java.time.LocalDate;

import org.aanboord.cases.domain.CaseFile;
import org.springframework.http.ResponseEntity;

/** The case version travels as a strong ETag ("7"); a change sends it back in If-Match. */
final class Versions {

    static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    /** The version in an If-Match header, or null when the caller sent none (or "*"). */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidHeaderException(IF_MATCH, "'" + header + "' is not a case version (an ETag like \"3\")");
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static ResponseEntity<CaseResponse> withETag(CaseFile file, LocalDate today) {
        return ResponseEntity.ok().eTag(etag(file.version())).body(CaseResponse.of(file, today));
    }
}
