package org.aanboord.cases.application;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the deadlines of open actions on a schedule: publishes "due soon" and "missed" once per action and due
 * date (the flag and the event are one write, under the optimistic lock, so two instances cannot both publish),
 * and resumes cases whose hold ended.
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    /** Far enough ahead to cover the warning window over a holiday. */
    private static final int HORIZON_DAYS = 21;

    private final CaseStore store;
    private final CaseEditing editing;
    private final Clock clock;
    private final int warningSchoolDays;

    DeadlineWatch(CaseStore store, CaseEditing editing, Clock clock,
            @Value("${aanboord.cases.deadline-warning-school-days:1}") int warningSchoolDays) {
        this.store = store;
        this.editing = editing;
        this.clock = clock;
        this.warningSchoolDays = warningSchoolDays;
    }

    /** @return how many cases changed */
    @Scheduled(fixedDelayString = "${aanboord.cases.deadline-watch-interval:1m}",
            initialDelayString = "${aanboord.cases.deadline-watch-interval:1m}")
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int changed = 0;
        for (String caseId : store.needingDeadlineWatch(today, today.plusDays(HORIZON_DAYS))) {
            try {
                long before = store.find(caseId).map(file -> file.version()).orElse(-1L);
                long after = editing.edit(caseId, null, (file, context) -> {
                    file.resumeIfHoldEnded(context.today(), context.schoolDays(), context.now());
                    file.reportDeadlines(context.today(), context.schoolDays(), warningSchoolDays, context.now());
                }).version();
                changed += after != before ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Deadline watch skipped case {} this round: {}", caseId, e.toString());
            }
        }
        return changed;
    }
}
