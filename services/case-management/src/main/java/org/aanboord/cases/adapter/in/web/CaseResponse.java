package org.aanboord.cases.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.cases.domain.CaseAction;
import org.aanboord.cases.domain.CaseFile;
import org.aanboord.cases.domain.Signal;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "Case", description = "A follow-up file about one pupil, known only by pseudonym")
record CaseResponse(
        String caseId,
        String pupilPseudonym,
        CaseType caseType,
        CaseStatus status,
        String schoolId,
        @Schema(description = "The CLB that serves the pupil's school") String assignedClbId,
        String municipalityId,
        Instant openedAt,
        @Schema(description = "Every rule crossing that led to or landed on this case, oldest first")
        List<SignalResponse> signals,
        List<ActionResponse> actions) {

    static CaseResponse of(CaseFile file) {
        return new CaseResponse(file.caseId(), file.pupilPseudonym(), file.caseType(), file.status(), file.schoolId(),
                file.assignedClbId(), file.municipalityId(), file.openedAt(),
                file.signals().stream().map(SignalResponse::of).toList(),
                file.actions().stream().map(ActionResponse::of).toList());
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
            @Schema(description = "Action type from the catalogue, e.g. START_CLB_GUIDANCE") String type,
            @Schema(description = "Code in the action-type catalogue, e.g. A40") String catalogueCode,
            String description,
            @Schema(description = "Organisation that has to act") String responsible,
            @Schema(description = "Last school day to act on; absent when the agreement sets no deadline")
            LocalDate dueDate,
            String status) {

        static ActionResponse of(CaseAction action) {
            return new ActionResponse(action.type().name(), action.type().catalogueCode(), action.description(),
                    action.responsible(), action.dueDate(), action.status().name());
        }
    }
}
