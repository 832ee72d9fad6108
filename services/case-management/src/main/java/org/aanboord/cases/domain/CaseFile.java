package org.aanboord.cases.domain;

import java.time.Instant;
import java.util.List;

import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;

/**
 * A follow-up file (case) about one pupil, known only by pseudonym, assigned to the CLB that serves the school.
 *
 * @param signals every rule crossing that led to or landed on this case, oldest first
 */
public record CaseFile(
        String caseId,
        String pupilPseudonym,
        CaseType caseType,
        CaseStatus status,
        String schoolId,
        String assignedClbId,
        String municipalityId,
        String agreementId,
        int agreementVersion,
        Instant openedAt,
        List<Signal> signals,
        List<CaseAction> actions) {

    public CaseFile {
        signals = List.copyOf(signals);
        actions = List.copyOf(actions);
    }

    /** Unique among open cases: a pupil has at most one open case of each type. */
    public String openCaseKey() {
        return openCaseKey(pupilPseudonym, caseType);
    }

    public static String openCaseKey(String pupilPseudonym, CaseType caseType) {
        return pupilPseudonym + "|" + caseType;
    }
}
