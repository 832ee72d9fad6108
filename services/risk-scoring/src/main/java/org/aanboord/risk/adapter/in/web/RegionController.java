package org.aanboord.risk.adapter.in.web;

import java.util.List;

import org.aanboord.platform.security.Caller;
import org.aanboord.platform.security.Tenancy;
import org.aanboord.risk.application.RegionQueries;
import org.aanboord.risk.application.RegionQueries.PupilSummary;
import org.aanboord.risk.application.RegionQueries.RegionStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lists for the console: a school's pupils (pseudonyms only) and region-wide figures for the regisseur. */
@RestController
@Tag(name = "Assessments")
class RegionController {

    private final RegionQueries queries;
    private final Tenancy tenancy;

    RegionController(RegionQueries queries, Tenancy tenancy) {
        this.queries = queries;
        this.tenancy = tenancy;
    }

    @GetMapping("/api/pupils")
    @Operation(summary = "The pupils of one school with attention level and the rules that hold, highest level first",
            description = "Only for one of the caller's schools (its own school, or a school its CLB serves); 403 otherwise.")
    List<PupilSummary> pupils(@RequestParam(required = false) String schoolId,
            @Parameter(description = "e.g. 2026-2027; defaults to the current school year")
            @RequestParam(required = false) String schoolYear, Caller caller) {
        if (schoolId == null || schoolId.isBlank()) {
            throw new InvalidRequestException("schoolId", "schoolId is required");
        }
        tenancy.requireSchools(caller, List.of(schoolId));
        return queries.pupilsOf(schoolId, schoolYear);
    }

    @GetMapping("/api/statistics")
    @Operation(summary = "Region-wide figures: pupils per attention level per school, B half-days per school and "
            + "ISO week, attention levels per week of assessment")
    RegionStatistics statistics(@RequestParam(required = false) String schoolYear) {
        return queries.statistics(schoolYear);
    }
}
