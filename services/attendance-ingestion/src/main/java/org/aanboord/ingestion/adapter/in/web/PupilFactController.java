package org.aanboord.ingestion.adapter.in.web;

import java.util.List;

import org.aanboord.ingestion.application.RecordPupilFacts;
import org.aanboord.ingestion.application.RegistrationOutcome;
import org.aanboord.ingestion.application.SchoolRateLimits;
import org.aanboord.ingestion.domain.EnrolmentRequest;
import org.aanboord.ingestion.domain.SignalRequest;
import org.aanboord.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Enrolments and signals", description = "School career and early-warning inputs other than attendance")
class PupilFactController {

    private final RecordPupilFacts facts;
    private final SchoolRateLimits rateLimits;
    private final OwnSchool ownSchool;

    PupilFactController(RecordPupilFacts facts, SchoolRateLimits rateLimits, OwnSchool ownSchool) {
        this.facts = facts;
        this.rateLimits = rateLimits;
        this.ownSchool = ownSchool;
    }

    @PostMapping(path = "/api/enrolments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an enrolment, an unenrolment (with reason) or a change of school",
            description = "Published on attendance.enrolments.v1 keyed by the pupil pseudonym, after the broker "
                    + "acknowledged. Reasons: SCHOOL_CHANGE, EXCLUSION, MOVED_ABROAD, LEFT_EDUCATION, HOME_EDUCATION.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "unenrolled", value = ApiExamples.UNENROLMENT),
            @ExampleObject(name = "changed school", value = ApiExamples.SCHOOL_CHANGE)}))
    @ApiResponse(responseCode = "202", description = "Published and acknowledged")
    @ApiResponse(responseCode = "200", description = "Duplicate: already recorded, nothing published")
    @ApiResponse(responseCode = "422", description = "Refused; problem+json names each field, rule and reason")
    ResponseEntity<RegistrationOutcome> enrolment(@RequestBody EnrolmentRequest request, Caller caller) {
        ownSchool.require(caller, request.schoolId());
        rateLimits.admit(List.of(String.valueOf(request.schoolId())));
        return answer(facts.enrolment(request));
    }

    @PostMapping(path = "/api/signals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an early-warning signal",
            description = "Kinds: REPORT_PERIOD_RESULT (period, failingSubjects), GRADE_REPETITION (schoolYear), "
                    + "DISCIPLINARY_MEASURE (measure), CONCERN (raisedBy, area). Published on attendance.signals.v1. "
                    + "Any other property (ethnicity, nationality, income, free text...) is refused by name.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
            @ExampleObject(name = "report period", value = ApiExamples.REPORT_RESULT),
            @ExampleObject(name = "concern", value = ApiExamples.CONCERN)}))
    @ApiResponse(responseCode = "202", description = "Published and acknowledged")
    @ApiResponse(responseCode = "200", description = "Duplicate: already recorded, nothing published")
    @ApiResponse(responseCode = "422", description = "Refused; problem+json names each field, rule and reason")
    ResponseEntity<RegistrationOutcome> signal(@RequestBody SignalRequest request, Caller caller) {
        ownSchool.require(caller, request.schoolId());
        rateLimits.admit(List.of(String.valueOf(request.schoolId())));
        return answer(facts.signal(request));
    }

    private static ResponseEntity<RegistrationOutcome> answer(RegistrationOutcome outcome) {
        HttpStatus status = outcome.status() == RegistrationOutcome.Status.DUPLICATE ? HttpStatus.OK : HttpStatus.ACCEPTED;
        return ResponseEntity.status(status).body(outcome);
    }
}
