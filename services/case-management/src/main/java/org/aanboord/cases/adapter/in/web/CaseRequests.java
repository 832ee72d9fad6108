package org.aanboord.cases.adapter.in.web;

import java.time.LocalDate;

import org.aanboord.cases.domain.ReferralKind;
import org.aanboord.cases.domain.ReferralStatus;
import org.aanboord.contracts.cases.v1.CaseOutcome;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.NoteConfidentiality;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the case commands. */
final class CaseRequests {

    private CaseRequests() {
    }

    @Schema(name = "TransitionRequest")
    record Transition(
            @Schema(description = "The state to move to", requiredMode = Schema.RequiredMode.REQUIRED) CaseStatus to,
            @Schema(description = "Why; required to go ON_HOLD") String reason,
            @Schema(description = "Owner taking the case into TRIAGE, if it has none") String ownerId,
            @Schema(description = "Until when the case is ON_HOLD (after today)") LocalDate onHoldUntil,
            @Schema(description = "How the case ended; required to go to CLOSED") CaseOutcome outcome) {
    }

    @Schema(name = "PlanActionRequest")
    record PlanAction(
            @Schema(description = "Catalogue code (A10) or name (PARENT_CONTACT)", requiredMode = Schema.RequiredMode.REQUIRED)
            String type,
            String description,
            @Schema(description = "Who has to act", requiredMode = Schema.RequiredMode.REQUIRED) String responsible,
            @Schema(description = "Explicit last day to act on") LocalDate dueDate,
            @Schema(description = "Deadline in school days from today, counted on the agreement's school calendar")
            Integer withinSchoolDays) {
    }

    @Schema(name = "CompleteActionRequest")
    record CompleteAction(@Schema(description = "What came of it") String outcome) {
    }

    @Schema(name = "AssignmentRequest")
    record Assignment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ownerId, String reason) {
    }

    @Schema(name = "ReferralRequest")
    record Refer(
            @Schema(description = "REFERRAL keeps the case here; TRANSFER hands it to the partner once accepted")
            ReferralKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toOrganisationId,
            @Schema(description = "e.g. NAFT, jeugdhulp, OCMW") String service,
            @Schema(description = "The minimum necessary") String reason) {
    }

    @Schema(name = "ReferralFeedbackRequest")
    record Feedback(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ReferralStatus status, String comment) {
    }

    @Schema(name = "TransitionRecordRequest")
    record TransitionRecordBody(String toSchoolId, String toClbId, String reason, LocalDate effectiveDate,
            @Schema(description = "Support that worked; only what the receiving party needs") String supportSummary) {
    }

    @Schema(name = "AcknowledgementRequest")
    record Acknowledgement(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String acknowledgedBy) {
    }

    @Schema(name = "NoteRequest")
    record NoteBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
            @Schema(description = "CASE_TEAM (default), SCHOOL_AND_CLB or CLB_RESTRICTED")
            NoteConfidentiality confidentiality) {
    }
}
