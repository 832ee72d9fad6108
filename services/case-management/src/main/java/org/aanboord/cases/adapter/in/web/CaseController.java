package org.aanboord.cases.adapter.in.web;

import java.util.List;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Follow-up files opened when an agreement rule says so")
class CaseController {

    private final CaseQueries queries;

    CaseController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Cases, newest first", description = "Every filter is optional; given filters all apply.")
    @ApiResponse(responseCode = "200", description = "The matching cases")
    @ApiResponse(responseCode = "400", description = "A filter has an invalid value",
            content = @Content(mediaType = "application/problem+json"))
    List<CaseResponse> list(
            @Parameter(description = "Only cases of pupils of this school") @RequestParam(required = false) String schoolId,
            @Parameter(description = "Only cases assigned to this CLB") @RequestParam(required = false) String clbId,
            @Parameter(description = "Only cases in this status") @RequestParam(required = false) CaseStatus status) {
        return queries.find(new CaseFilter(schoolId, clbId, status)).stream().map(CaseResponse::of).toList();
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    CaseResponse one(@PathVariable String caseId) {
        return queries.find(caseId).map(CaseResponse::of).orElseThrow(() -> new CaseNotFoundException(caseId));
    }
}
