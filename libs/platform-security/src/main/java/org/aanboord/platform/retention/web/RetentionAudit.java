package org.aanboord.platform.retention.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.platform.retention.RetentionReport;
import org.aanboord.platform.retention.RetentionRunCompleted;
import org.aanboord.platform.security.Role;
import org.aanboord.platform.security.audit.AuditTrail;
import org.springframework.context.event.EventListener;

/**
 * Appends every purge run to the service's audit trail: action {@code PURGE}, who started it ({@code schedule} with
 * role {@code SYSTEM}, or the hub administrator), the run id and the count deleted per category.
 */
public class RetentionAudit {

    static final String ACTION = "PURGE";
    static final String PURPOSE = "Retention: pupil data past its retention period deleted (docs/security.md)";

    private final AuditTrail trail;

    public RetentionAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    public void completed(RetentionRunCompleted completed) {
        RetentionReport report = completed.report();
        Map<String, String> subject = new LinkedHashMap<>();
        subject.put("runId", report.runId());
        report.categories().forEach(result -> subject.put(result.category(), String.valueOf(result.deleted())));
        boolean scheduled = RetentionPurgeJob.SCHEDULE.equals(report.triggeredBy());
        trail.append(report.triggeredBy(), scheduled ? "SYSTEM" : Role.HUB_ADMIN.name(), "hub", ACTION,
                "retention purge run", subject, 200, PURPOSE);
    }
}
