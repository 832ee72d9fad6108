package org.aanboord.cases.domain;

import java.time.Instant;

import org.aanboord.contracts.cases.v1.NoteConfidentiality;

public record Note(String noteId, String text, NoteConfidentiality confidentiality, Role authorRole,
        String authorOrganisationId, Instant at) {

    /**
     * CLB-restricted notes fall under the CLB's professional secrecy: only the CLB that holds the case reads them.
     * School-and-CLB notes are kept from the municipality.
     */
    public boolean visibleTo(Actor reader, String caseClbId) {
        switch (confidentiality) {
            case CASE_TEAM:
                return true;
            case SCHOOL_AND_CLB:
                return reader.role() == Role.SCHOOL || reader.role() == Role.CLB;
            case CLB_RESTRICTED:
                return reader.role() == Role.CLB && reader.organisationId() != null
                        && reader.organisationId().equals(caseClbId);
            default:
                return false;
        }
    }
}
