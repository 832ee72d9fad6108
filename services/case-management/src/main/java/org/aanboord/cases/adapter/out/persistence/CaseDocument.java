package org.aanboord.cases.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.aanboord.cases.domain.CaseAction;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case with the events still to be relayed.
 *
 * @param openCaseKey pupil and case type while the case is open (unique, sparse); removed when a case closes
 */
@Document(MongoCaseStore.COLLECTION)
record CaseDocument(
        @Id String id,
        String openCaseKey,
        @Version Long version,
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
        List<CaseAction> actions,
        List<OutboxEntry> outbox) {

    static CaseDocument opened(CaseFile file, List<OutboxEntry> pendingEvents) {
        return new CaseDocument(file.caseId(), file.openCaseKey(), null, file.pupilPseudonym(), file.caseType(),
                file.status(), file.schoolId(), file.assignedClbId(), file.municipalityId(), file.agreementId(),
                file.agreementVersion(), file.openedAt(), file.signals(), file.actions(), pendingEvents);
    }

    CaseFile toCase() {
        return new CaseFile(id, pupilPseudonym, caseType, status, schoolId, assignedClbId, municipalityId, agreementId,
                agreementVersion, openedAt, signals, actions);
    }
}
