package org.aanboord.testsupport;

import java.time.Duration;

import org.awaitility.Awaitility;

/** One place for how long asynchronous assertions may take: generous for a loaded 2-core CI machine. */
public final class AwaitDefaults {

    public static final Duration TIMEOUT = Duration.ofSeconds(45);
    public static final Duration POLL = Duration.ofMillis(100);

    private AwaitDefaults() {
    }

    public static void apply() {
        Awaitility.setDefaultTimeout(TIMEOUT);
        Awaitility.setDefaultPollInterval(POLL);
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }
}
