package org.aanboord.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One in-app inbox alert: one recipient organisation, one pupil (by pseudonym only), one rule of one agreement
 * version. Its id is deterministic from exactly that, which makes the alerts collection the sent-ledger.
 *
 * @param schoolId    the pupil's school, only for recipients that may see identified data
 * @param consolePath where the recipient opens the pupil in the console, only for identified data
 * @param explanation the numbers that made the rule hold, e.g. "B half-days this school year: 5 ≥ 5"
 * @param readAt      first time someone at the recipient opened it, or null
 * @param acknowledgedAt when someone at the recipient took ownership of the follow-up, or null
 * @param dueBy       the last school day to acknowledge before the rule's escalation party hears about it, or null
 * @param escalationOf for an escalation alert, the id of the alert nobody acknowledged in time, or null
 * @param escalatedAt when this alert was escalated because nobody acknowledged it, or null
 */
public record Alert(
        String id,
        AlertRecipient recipient,
        String pupilPseudonym,
        String schoolId,
        String consolePath,
        String titleNl,
        String titleEn,
        String explanation,
        TriggeredRule rule,
        Instant deliveredAt,
        Instant readAt,
        Instant acknowledgedAt,
        LocalDate dueBy,
        String escalationOf,
        Instant escalatedAt) {

    /** Awaiting acknowledgement past its deadline and not escalated yet. */
    public boolean overdueOn(LocalDate today) {
        return dueBy != null && acknowledgedAt == null && escalatedAt == null && today.isAfter(dueBy);
    }
}
