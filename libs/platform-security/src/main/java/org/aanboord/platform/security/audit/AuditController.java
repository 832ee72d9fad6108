package org.aanboord.platform.security.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The DPO's read-only view of this service's audit trail (the security chain admits only the DPO role). */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit trail", description = "Who read or wrote pupil-level data, when and why (DPO only)")
public class AuditController {

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first; filter by user, organisation and period [from, to)")
    public List<AuditRecord> entries(@RequestParam(required = false) String who,
            @RequestParam(required = false) String organisationId, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new InvalidAuditQueryException();
        }
        return trail.find(who, organisationId, from, to, page, size);
    }

    @GetMapping("/verification")
    @Operation(summary = "Recomputes the hash chain: intact, or the first entry that was changed, removed or unlinked")
    public AuditTrail.Verification verify() {
        return trail.verify();
    }

    /** page below 0, or size outside 1..1000. */
    static class InvalidAuditQueryException extends ResponseStatusException {

        InvalidAuditQueryException() {
            super(HttpStatus.BAD_REQUEST, "page must be 0 or more and size 1 to 1000");
        }
    }
}
