package org.aanboord.cases.adapter.in.web;

import java.util.List;

import org.aanboord.cases.application.CaseFilter;
import org.aanboord.cases.application.CaseNotFoundException;
import org.aanboord.cases.application.CasePage;
import org.aanboord.cases.application.CaseQueries;
import org.aanboord.cases.domain.Actor;
import org.aanboord.cases.domain.AuditEntry;
import org.aanboord.cases.domain.Note;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Follow-up files: lists for the console, one case, its history and notes")
class CaseController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final CaseQueries queries;
    private final CaseAccess access;

    CaseController(CaseQueries queries, CaseAccess access) {
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Cases, one page at a time",
            description = "Every filter is optional; given filters all apply. My cases: ownerId. Overdue first: "
                    + "sort=DUE_DATE (earliest open deadline first). The total is in " + TOTAL_COUNT + ".")
    @ApiResponse(responseCode = "200", description = "The matching cases of the page",
            headers = @Header(name = TOTAL_COUNT, description = "How many cases match in all"))
    @ApiResponse(responseCode = "400", description = "A filter has an invalid value",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<List<CaseResponse>> list(
            @Parameter(description = "Only cases of pupils of this school") @RequestParam(required = false) String schoolId,
            @Parameter(description = "Only cases assigned to this CLB") @RequestParam(required = false) String clbId,
            @Parameter(description = "Only cases in this status") @RequestParam(required = false) CaseStatus status,
            @Parameter(description = "Only cases owned by this participant (my cases)")
            @RequestParam(required = false) String ownerId,
            @Parameter(description = "true: only cases with an open action past its due date; false: only without")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "NEWEST (default) or DUE_DATE (overdue first)")
            @RequestParam(required = false) CaseFilter.Sort sort,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 200") @RequestParam(defaultValue = "50") int size,
            Caller caller) {
        if (size < 1 || size > 200) {
            throw new InvalidParameterException("size", "size must be between 1 and 200");
        }
        if (page < 0) {
            throw new InvalidParameterException("page", "page cannot be negative");
        }
        CasePage found = queries.find(new CaseFilter(schoolId, clbId, status, ownerId, overdue, sort, page, size),
                access.scopeOf(caller));
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(found.total()))
                .body(found.cases().stream().map(file -> CaseResponse.of(file, queries.today())).toList());
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "One case; its version is the ETag")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    ResponseEntity<CaseResponse> one(@PathVariable String caseId) {
        return Versions.withETag(queries.find(caseId).orElseThrow(() -> new CaseNotFoundException(caseId)),
                queries.today());
    }

    @GetMapping("/{caseId}/history")
    @Operation(summary = "Every change to the case, oldest first: who, when, what changed and why")
    @ApiResponse(responseCode = "404", description = "No case with this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(hidden = true)))
    List<AuditEntry> history(@PathVariable String caseId) {
        return queries.history(caseId);
    }

    @GetMapping("/{caseId}/notes")
    @Operation(summary = "The notes this reader may see",
            description = "A CLB_RESTRICTED note is returned only to the CLB that holds the case; SCHOOL_AND_CLB "
                    + "notes are kept from the municipality. The reader is the signed-in caller.")
    List<Note> notes(@PathVariable String caseId, Actor reader) {
        return queries.notes(caseId, reader);
    }
}
