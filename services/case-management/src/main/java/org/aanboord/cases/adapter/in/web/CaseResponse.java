package org.aanboord.cases.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.cases.domain.CaseAction;
import org.aanboord.cases.domain.CaseConference;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Closure;
import org.aanboord.cases.domain.ContactLogEntry;
import org.aanboord.cases.domain.Hold;
import org.aanboord.cases.domain.Referral;
import org.aanboord.cases.domain.Signal;
import org.aanboord.cases.domain.SupportPlan;
import org.aanboord.cases.domain.TeamMember;
import org.aanboord.cases.domain.TransitionRecord;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case without its notes (those are filtered per reader at /notes) and without its history (at /history). */
@Schema(name = "Case", description = "A follow-up file about one pupil, known only by pseudonym")
record CaseResponse(
        String caseId,
        @Schema(description = "Also the ETag; send it back in If-Match to change the case") long version,
        String pupilPseudonym,
        CaseType caseType,
        CaseStatus status,
        @Schema(description = "The states the case may move to now") List<CaseStatus> allowedNextStates,
        String schoolId,
        @Schema(description = "The CLB that serves the pupil's school") String assignedClbId,
        String municipalityId,
        @Schema(description = "The participant who owns the case; none while SIGNALLED") String ownerId,
        List<TeamMember> team,
        Instant openedAt,
        @Schema(description = "The closed case of the same pupil and type this one follows after a relapse")
        String reopenedFromCaseId,
        Hold hold,
        Closure closure,
        @Schema(description = "Earliest due date among open actions") LocalDate nextDueDate,
        @Schema(description = "An open action is past its due date (not while on hold)") boolean overdue,
        @Schema(description = "Every rule crossing that led to or landed on this case, oldest first")
        List<SignalResponse> signals,
        List<ActionResponse> actions,
        SupportPlan supportPlan,
        List<ContactLogEntry> contacts,
        List<CaseConference> conferences,
        List<Referral> referrals,
        TransitionRecord transitionRecord) {

    static CaseResponse of(CaseFile file, LocalDate today) {
        boolean active = file.status() != CaseStatus.ON_HOLD && file.status() != CaseStatus.CLOSED;
        return new CaseResponse(file.caseId(), file.version(), file.pupilPseudonym(), file.caseType(), file.status(),
                file.allowedNext().stream().sorted().toList(), file.schoolId(), file.assignedClbId(),
                file.municipalityId(), file.ownerId(), file.team(), file.openedAt(), file.reopenedFromCaseId(),
                file.hold(), file.closure(), file.nextDueDate().orElse(null),
                active && file.actions().stream().anyMatch(action -> action.isOverdueOn(today)),
                file.signals().stream().map(SignalResponse::of).toList(),
                file.actions().stream().map(ActionResponse::of).toList(), file.supportPlan(), file.contacts(),
                file.conferences(), file.referrals(), file.transitionRecord());
    }

    @Schema(name = "CaseSignal")
    record SignalResponse(String ruleId, String assessmentId,
            @Schema(description = "The comparison that made the rule hold, e.g. \"B half-days this school year: 5 ≥ 5\"")
            String explanation,
            Instant at) {

        static SignalResponse of(Signal signal) {
            return new SignalResponse(signal.ruleId(), signal.assessmentId(), signal.explanation(), signal.at());
        }
    }

    @Schema(name = "CaseAction")
    record ActionResponse(
            String actionId,
            @Schema(description = "Action type from the catalogue, e.g. START_CLB_GUIDANCE") String type,
            @Schema(description = "Code in the action-type catalogue, e.g. A40") String catalogueCode,
            String description,
            @Schema(description = "Who has to act") String responsible,
            @Schema(description = "Last school day to act on; absent when no deadline applies") LocalDate dueDate,
            String status,
            Instant completedAt,
            String outcome) {

        static ActionResponse of(CaseAction action) {
            return new ActionResponse(action.actionId(), action.type().name(), action.type().catalogueCode(),
                    action.description(), action.responsible(), action.dueDate(), action.status().name(),
                    action.completedAt(), action.outcome());
        }
    }
}
