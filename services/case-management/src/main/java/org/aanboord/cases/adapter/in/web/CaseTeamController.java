package org.aanboord.cases.adapter.in.web;

import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseWork;
import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.TeamMember;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Case team", description = "Owner, team, referrals and transfers to external partners")
class CaseTeamController {

    private final CaseWork work;
    private final CaseQueries queries;

    CaseTeamController(CaseWork work, CaseQueries queries) {
        this.work = work;
        this.queries = queries;
    }

    @PostMapping("/assignment")
    @Operation(summary = "Give the case a (new) owner")
    ResponseEntity<CaseResponse> assign(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.Assignment body) {
        return Versions.withETag(work.reassign(caseId, Versions.ifMatch(ifMatch), actor, body.ownerId(),
                body.reason()), queries.today());
    }

    @PostMapping("/team")
    @Operation(summary = "Add a team member (school contact, CLB worker, mentor, parent, pupil, external partner)")
    ResponseEntity<CaseResponse> addMember(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody TeamMember body) {
        return Versions.withETag(work.addTeamMember(caseId, Versions.ifMatch(ifMatch), actor, body), queries.today());
    }

    @PostMapping("/referrals")
    @Operation(summary = "Refer the pupil to, or transfer the case to, an external partner (NAFT, youth care, OCMW)")
    ResponseEntity<CaseResponse> refer(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.Refer body) {
        return Versions.withETag(work.refer(caseId, Versions.ifMatch(ifMatch), actor, body.kind(),
                body.toOrganisationId(), body.service(), body.reason()), queries.today());
    }

    @PostMapping("/referrals/{referralId}/feedback")
    @Operation(summary = "The partner's status feedback; an accepted transfer makes the partner the owner")
    ResponseEntity<CaseResponse> feedback(@PathVariable String caseId, @PathVariable String referralId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.Feedback body) {
        return Versions.withETag(work.referralFeedback(caseId, Versions.ifMatch(ifMatch), actor, referralId,
                body.status(), body.comment()), queries.today());
    }
}
