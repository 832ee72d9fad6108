package org.aanboord.platform.retention.web;

import java.util.List;

import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.platform.retention.RetentionReport;
import org.aanboord.platform.retention.RetentionReports;
import org.aanboord.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The retention purge's reports (HUB_ADMIN, DPO) and a run on demand (HUB_ADMIN); the security chain holds the
 * role rules. Reports hold counts and cutoffs only, never pupil data.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Retention", description = "Pupil data deleted after its retention period: reports and runs")
public class RetentionController {

    private final RetentionPurgeJob job;
    private final RetentionReports reports;

    public RetentionController(RetentionPurgeJob job, RetentionReports reports) {
        this.job = job;
        this.reports = reports;
    }

    @GetMapping("/retention-reports")
    @Operation(summary = "The latest purge runs, newest first: per data category the cutoff and the count deleted")
    public List<RetentionReport> reports(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidLimitException();
        }
        return reports.latest(limit);
    }

    @PostMapping("/retention-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Purges every data category past its retention now and answers with the run's report")
    public RetentionReport runNow(Caller caller) {
        return job.run(caller.who());
    }

    /** limit outside 1..500. */
    static class InvalidLimitException extends ResponseStatusException {

        InvalidLimitException() {
            super(HttpStatus.BAD_REQUEST, "limit must be 1 to 500");
        }
    }
}
