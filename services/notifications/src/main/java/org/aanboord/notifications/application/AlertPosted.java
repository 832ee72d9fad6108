package org.aanboord.notifications.application;

import org.aanboord.notifications.domain.Alert;

/** A new or changed alert in an organisation's inbox (pushed to open consoles). */
public record AlertPosted(Alert alert) {
}
