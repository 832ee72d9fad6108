package org.aanboord.cases.adapter.in.web;

import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.application.CaseWork;
import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.CaseConference;
import org.aanboord.cases.domain.ContactLogEntry;
import org.aanboord.cases.domain.SupportPlan;
import org.aanboord.cases.domain.TransitionRecord;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Case records", description = "Support plan, contact log, case conferences, transition record, notes")
class CaseRecordController {

    private final CaseWork work;
    private final CaseQueries queries;

    CaseRecordController(CaseWork work, CaseQueries queries) {
        this.work = work;
        this.queries = queries;
    }

    @PutMapping("/support-plan")
    @Operation(summary = "Set the support plan: goals, adaptations, strengths, review dates")
    ResponseEntity<CaseResponse> supportPlan(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody SupportPlan body) {
        return Versions.withETag(work.replaceSupportPlan(caseId, Versions.ifMatch(ifMatch), actor, body),
                queries.today());
    }

    @PostMapping("/contacts")
    @Operation(summary = "Log a contact with a parent, the pupil or a partner")
    ResponseEntity<CaseResponse> contact(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody ContactLogEntry body) {
        return Versions.withETag(work.logContact(caseId, Versions.ifMatch(ifMatch), actor, body), queries.today());
    }

    @PostMapping("/conferences")
    @Operation(summary = "Record a case conference (MDT meeting, round table)")
    ResponseEntity<CaseResponse> conference(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseConference body) {
        return Versions.withETag(work.recordConference(caseId, Versions.ifMatch(ifMatch), actor, body),
                queries.today());
    }

    @PutMapping("/transition-record")
    @Operation(summary = "Write the transition record of a warm handover")
    ResponseEntity<CaseResponse> transitionRecord(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.TransitionRecordBody body) {
        return Versions.withETag(work.recordTransition(caseId, Versions.ifMatch(ifMatch), actor,
                new TransitionRecord(body.toSchoolId(), body.toClbId(), body.reason(), body.effectiveDate(),
                        body.supportSummary(), null, null)), queries.today());
    }

    @PostMapping("/transition-record/acknowledgement")
    @Operation(summary = "The receiving party acknowledges the transition record; a HANDOVER case may then close")
    ResponseEntity<CaseResponse> acknowledge(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.Acknowledgement body) {
        return Versions.withETag(work.acknowledgeTransition(caseId, Versions.ifMatch(ifMatch), actor,
                body.acknowledgedBy()), queries.today());
    }

    @PostMapping("/notes")
    @Operation(summary = "Write a note with a confidentiality level",
            description = "The note's text is never published on Kafka; readers fetch it at /notes with their rights.")
    ResponseEntity<CaseResponse> note(@PathVariable String caseId,
            @RequestHeader(name = Versions.IF_MATCH, required = false) String ifMatch, Actor actor,
            @RequestBody CaseRequests.NoteBody body) {
        return Versions.withETag(work.addNote(caseId, Versions.ifMatch(ifMatch), actor, body.text(),
                body.confidentiality()), queries.today());
    }
}
