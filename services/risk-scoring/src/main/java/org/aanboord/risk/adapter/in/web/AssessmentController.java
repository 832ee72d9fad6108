package org.aanboord.risk.adapter.in.web;

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

    AssessmentController(AssessmentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{pupilPseudonym}/assessment")
    @Operation(summary = "Current assessment and its history for one pupil and school year")
    ResponseEntity<PupilAssessmentView> assessment(@PathVariable String pupilPseudonym,
            @Parameter(description = "e.g. 2026-2027; defaults to the current school year")
            @RequestParam(required = false) String schoolYear) {
        return ResponseEntity.of(queries.pupil(pupilPseudonym, schoolYear).map(PupilAssessmentView::of));
    }
}
