package org.aanboord.cases.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.CaseAction;
import org.aanboord.cases.domain.CaseConference;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Closure;
import org.aanboord.cases.domain.ContactLogEntry;
import org.aanboord.cases.domain.Hold;
import org.aanboord.cases.domain.Note;
import org.aanboord.cases.domain.Referral;
import org.aanboord.cases.domain.Signal;
import org.aanboord.cases.domain.SupportPlan;
import org.aanboord.cases.domain.TeamMember;
import org.aanboord.cases.domain.TransitionRecord;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case with its append-only history and the events still to be relayed, all in one document so that a change,
 * its audit entry and its events are one atomic write.
 *
 * @param openCaseKey pupil and case type while the case is open (unique, sparse); removed when a case closes
 * @param nextDueDate the earliest due date of an open action, for "overdue" filters
 * @param dueSortKey  {@code nextDueDate}, or a far date without one, so "overdue first" sorts cases without
 *                    deadlines last
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
        String reopenedFromCaseId,
        String ownerId,
        Hold hold,
        Closure closure,
        SupportPlan supportPlan,
        TransitionRecord transitionRecord,
        LocalDate nextDueDate,
        LocalDate dueSortKey,
        List<Signal> signals,
        List<CaseAction> actions,
        List<TeamMember> team,
        List<Referral> referrals,
        List<ContactLogEntry> contacts,
        List<CaseConference> conferences,
        List<Note> notes,
        List<AuditEntry> history,
        List<OutboxEntry> outbox) {

    static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    static CaseDocument opened(CaseFile file, List<OutboxEntry> pendingEvents) {
        return new CaseDocument(file.caseId(), file.openCaseKey(), null, file.pupilPseudonym(), file.caseType(),
                file.status(), file.schoolId(), file.assignedClbId(), file.municipalityId(), file.agreementId(),
                file.agreementVersion(), file.openedAt(), file.reopenedFromCaseId(), file.ownerId(), file.hold(),
                file.closure(), file.supportPlan(), file.transitionRecord(), file.nextDueDate().orElse(null),
                file.nextDueDate().orElse(NO_DEADLINE), file.signals(), file.actions(), file.team(),
                file.referrals(), file.contacts(), file.conferences(), file.allNotes(), file.pendingHistory(),
                pendingEvents);
    }

    CaseFile toCase() {
        return new CaseFile(id, pupilPseudonym, caseType, status, schoolId, assignedClbId, municipalityId, agreementId,
                agreementVersion, openedAt, reopenedFromCaseId, version == null ? 0 : version, ownerId, hold, closure,
                supportPlan, transitionRecord, signals, withActionIds(actions), team, referrals, contacts, conferences,
                notes);
    }

    /** Cases stored before actions had ids get the ids their position gives them. */
    private static List<CaseAction> withActionIds(List<CaseAction> actions) {
        if (actions == null) {
            return List.of();
        }
        List<CaseAction> identified = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            CaseAction action = actions.get(i);
            identified.add(action.actionId() != null ? action : new CaseAction("a" + (i + 1), action.type(),
                    action.description(), action.responsible(), action.dueDate(),
                    action.status(), action.completedAt(), action.outcome(), action.dueReportedFor(),
                    action.missedReportedFor()));
        }
        return identified;
    }
}
