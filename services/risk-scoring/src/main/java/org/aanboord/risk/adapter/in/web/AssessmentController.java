package org.aanboord.risk.adapter.in.web;

import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.Tenancy;
import org.aanboord.risk.application.AssessmentQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/pupils")
@Tag(name = "Assessments", description = "A pupil's attendance counters, the rules that hold and why")
class AssessmentController {

    private final AssessmentQueries queries;
    private final Tenancy tenancy;

    AssessmentController(AssessmentQueries queries, Tenancy tenancy) {
        this.queries = queries;
        this.tenancy = tenancy;
    }

    @GetMapping("/{pupilPseudonym}/assessment")
    @Operation(summary = "Current assessment and its history for one pupil and school year",
            description = "Only for a pupil with half-days at one of the caller's schools; 404 otherwise.")
    ResponseEntity<PupilAssessmentView> assessment(@PathVariable String pupilPseudonym,
            @Parameter(description = "e.g. 2026-2027; defaults to the current school year")
            @RequestParam(required = false) String schoolYear, Caller caller) {
        return ResponseEntity.of(queries.pupil(pupilPseudonym, schoolYear, tenancy.schoolsOf(caller))
                .map(PupilAssessmentView::of));
    }
}
