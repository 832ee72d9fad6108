package org.aanboord.cases.adapter.in.web;

import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseWork;
import org.aanboord.cases.domain.Actor;
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
@RequestMapping("/api/cases/{caseId}/actions")
@Tag(name = "Case actions", description = "Actions from the catalogue (domain §5.6) with who acts and by when")
class CaseActionController {

    private final CaseWork work;
    private final CaseQueries queries;

    CaseActionController(CaseWork work, CaseQueries queries) {
        this.work = work;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Plan an action", description = "Give dueDate, or withinSchoolDays to count school days "
            + "on the agreement's calendar (holidays do not count).")
    ResponseEntity<CaseResponse> plan(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.PlanAction body) {
        return Versions.withETag(work.planAction(caseId, Versions.ifMatch(ifMatch), actor, body.type(),
                body.description(), body.responsible(), body.dueDate(), body.withinSchoolDays()), queries.today());
    }

    @PostMapping("/{actionId}/completion")
    @Operation(summary = "Mark an action done")
    ResponseEntity<CaseResponse> complete(@PathVariable String caseId, @PathVariable String actionId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody(required = false) CaseRequests.CompleteAction body) {
        return Versions.withETag(work.completeAction(caseId, Versions.ifMatch(ifMatch), actor, actionId,
                body == null ? null : body.outcome()), queries.today());
    }
}
