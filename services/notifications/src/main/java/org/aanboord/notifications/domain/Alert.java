package org.aanboord.notifications.domain;

import java.time.Instant;

/**
 * One in-app inbox alert: one recipient organisation, one pupil (by pseudonym only), one rule of one agreement
 * version. Its id is deterministic from exactly that, which makes the alerts collection the sent-ledger.
 *
 * @param schoolId    the pupil's school, only for recipients that may see identified data
 * @param consolePath where the recipient opens the pupil in the console, only for identified data
 * @param explanation the numbers that made the rule hold, e.g. "B half-days this school year: 5 ≥ 5"
 * @param readAt      first time someone at the recipient opened it, or null
 * @param acknowledgedAt when someone at the recipient took ownership of the follow-up, or null
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
        Instant acknowledgedAt) {
}
