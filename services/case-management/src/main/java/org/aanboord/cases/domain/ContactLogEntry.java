package org.aanboord.cases.domain;

import java.time.Instant;

/**
 * @param with    parent, pupil or partner
 * @param channel phone, SMS, e-mail, app, letter, home visit, meeting
 */
public record ContactLogEntry(Instant at, String with, String channel, String language, boolean interpreterUsed,
        String result) {
}
