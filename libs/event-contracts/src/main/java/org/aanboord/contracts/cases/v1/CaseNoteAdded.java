package org.aanboord.contracts.cases.v1;

import java.time.Instant;

/** Someone wrote a note on a case. The note's text never travels: readers fetch it with their own rights. */
public record CaseNoteAdded(
        String caseId,
        String pupilPseudonym,
        String noteId,
        NoteConfidentiality confidentiality,
        String authorRole,
        String authorOrganisationId,
        Instant addedAt) implements CaseLifecycleEvent {
}
