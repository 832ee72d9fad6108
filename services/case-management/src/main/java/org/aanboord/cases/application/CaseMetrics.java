package org.aanboord.cases.application;

import java.util.List;

import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.cases.v1.CaseLifecycleEvent;
import org.aanboord.contracts.cases.v1.CaseOpened;
import org.aanboord.contracts.cases.v1.CaseOutcome;
import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseStatusChanged;
import org.aanboord.contracts.cases.v1.CaseType;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business counters of the follow-up (business dashboard, docs/operations/observability.md), counted from the
 * lifecycle events once they are stored, so a refused or retried write counts nothing. Tags are categories only:
 * no pupil, case or organisation ids. Every counter exists from the start, so a dashboard shows 0 rather than
 * nothing.
 */
@Component
class CaseMetrics {

    private static final String NO_OUTCOME = "NONE";

    private final MeterRegistry meters;
    private final Counter deadlinesMissed;
    private final Counter actionsDue;
    private final Counter signalsAdded;

    CaseMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (CaseType type : CaseType.values()) {
            opened(type);
        }
        closed(NO_OUTCOME);
        for (CaseOutcome outcome : CaseOutcome.values()) {
            closed(outcome.name());
        }
        this.deadlinesMissed = meters.counter("cases.deadlines.missed");
        this.actionsDue = meters.counter("cases.actions.due");
        this.signalsAdded = meters.counter("cases.signals.added");
    }

    void stored(List<CaseLifecycleEvent> events) {
        for (CaseLifecycleEvent event : events) {
            if (event instanceof CaseOpened opened) {
                opened(opened.caseType()).increment();
            } else if (event instanceof CaseStatusChanged changed && changed.to() == CaseStatus.CLOSED) {
                closed(changed.outcome() == null ? NO_OUTCOME : changed.outcome().name()).increment();
            } else if (event instanceof CaseDeadlineMissed) {
                deadlinesMissed.increment();
            } else if (event instanceof CaseActionDue) {
                actionsDue.increment();
            }
        }
    }

    /** Crossings that joined a case already open instead of opening one. */
    void signalsAdded(int count) {
        signalsAdded.increment(count);
    }

    private Counter opened(CaseType type) {
        return meters.counter("cases.opened", "type", type.name());
    }

    private Counter closed(String outcome) {
        return meters.counter("cases.closed", "outcome", outcome);
    }
}
