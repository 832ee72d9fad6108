package org.aanboord.ingestion.application;

import java.util.List;

/**
 * Who a pseudonym is, as far as the caller may know: only the schools within its tenancy.
 *
 * @param nationalNumber the eleven digits, null when the pupil was never named by national number
 * @param schools        per school of the caller's the pupil is linked to, the school's own ids for the pupil
 */
public record Reidentification(String pseudonym, String nationalNumber, List<School> schools) {

    /** @param pupilIds the school's own ids for the pupil; empty when it only ever gave the national number */
    public record School(String schoolId, List<String> pupilIds) {
    }
}
