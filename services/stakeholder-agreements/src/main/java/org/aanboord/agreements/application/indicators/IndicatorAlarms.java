package org.aanboord.agreements.application.indicators;

import org.aanboord.platform.outbox.OutboxEntry;

/** Whether each computed indicator is on target, with the off-target events still to be relayed. */
public interface IndicatorAlarms {

    /**
     * Records whether the indicator is on target. Only a change is recorded; a change to off target stores
     * {@code offTargetEvent} in the same atomic update.
     *
     * @return the id of the document whose outbox got the event, or null when nothing was stored
     */
    Object record(String agreementId, String indicatorId, boolean onTarget, OutboxEntry offTargetEvent);

    String collection();
}
