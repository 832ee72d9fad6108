package org.aanboord.cases.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.aanboord.contracts.cases.v1.CaseActionDue;
import org.aanboord.contracts.cases.v1.CaseDeadlineMissed;
import org.aanboord.contracts.cases.v1.CaseLifecycleEvent;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.platform.messaging.OutgoingEvent;
import org.aanboord.platform.outbox.OutboxEntry;
import org.springframework.stereotype.Component;

/** Turns a case's pending events into outbox entries, keyed and addressed by case id. */
@Component
class CaseEvents {

    private final EventJson json;

    CaseEvents(EventJson json) {
        this.json = json;
    }

    List<OutboxEntry> outbox(List<CaseLifecycleEvent> events) {
        return events.stream().map(this::entry).toList();
    }

    private OutboxEntry entry(CaseLifecycleEvent event) {
        return OutboxEntry.of(OutgoingEvent.of(id(event), (Record) event, event.caseId(), event.caseId(), json));
    }

    /** Deadline events keep one id per action and due date, so consumers drop a second copy by ce_id. */
    private static String id(CaseLifecycleEvent event) {
        if (event instanceof CaseDeadlineMissed missed) {
            return derived(missed.caseId(), missed.actionId(), "missed", missed.dueDate().toString());
        }
        if (event instanceof CaseActionDue due) {
            return derived(due.caseId(), due.actionId(), "due", due.dueDate().toString());
        }
        return UUID.randomUUID().toString();
    }

    private static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
