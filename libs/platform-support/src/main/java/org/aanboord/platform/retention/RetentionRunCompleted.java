package org.aanboord.platform.retention;

/** Published (as a Spring application event) after every purge run, e.g. for the audit trail. */
public record RetentionRunCompleted(RetentionReport report) {
}
