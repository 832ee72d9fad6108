package org.aanboord.cases.adapter.in.web;

import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseWork;
import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.TransitionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Case lifecycle", description = "SIGNALLED → TRIAGE → ... → CLOSED, on hold and back (domain §5.4)")
class CaseLifecycleController {

    private final CaseWork work;
    private final CaseQueries queries;

    CaseLifecycleController(CaseWork work, CaseQueries queries) {
        this.work = work;
        this.queries = queries;
    }

    @PostMapping("/transitions")
    @Operation(summary = "Move the case to another state",
            description = "Send the case's ETag in If-Match to refuse the change if someone changed the case since.")
    @ApiResponse(responseCode = "200", description = "The case after the transition; new ETag")
    @ApiResponse(responseCode = "409", description = "Not allowed from the current state (names allowedNextStates), "
            + "or a stale If-Match (names currentVersion)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Something the transition needs is missing (reason, until-date, "
            + "owner, outcome, acknowledged handover)", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<CaseResponse> transition(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.Transition body) {
        return Versions.withETag(work.transition(caseId, Versions.ifMatch(ifMatch), actor, body.to(),
                new TransitionRequest(body.reason(), body.ownerId(), body.onHoldUntil(), body.outcome())),
                queries.today());
    }
}
