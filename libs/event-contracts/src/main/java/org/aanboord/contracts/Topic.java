package org.aanboord.contracts;

/**
 * The topic catalog: every topic, the one service that writes it, what its key is and how it is kept.
 * Wire names are literals here and never derived from class names.
 */
public enum Topic {
    ATTENDANCE_REGISTRATIONS("attendance.registrations.v1", "attendance-ingestion", "pupil pseudonym", false),
    RISK_ASSESSMENTS("risk.assessments.v1", "risk-scoring", "pupil pseudonym", false),
    CASES_LIFECYCLE("cases.lifecycle.v1", "case-management", "case id", false),
    AGREEMENTS_LIFECYCLE("agreements.lifecycle.v1", "stakeholder-agreements", "agreement id and version", true),
    NOTIFICATIONS_OUTCOMES("notifications.outcomes.v1", "notifications", "recipient organisation id", false),
    AGREEMENTS_INDICATORS("agreements.indicators.v1", "stakeholder-agreements", "agreement id", false),
    ATTENDANCE_ENROLMENTS("attendance.enrolments.v1", "attendance-ingestion", "pupil pseudonym", false),
    ATTENDANCE_SIGNALS("attendance.signals.v1", "attendance-ingestion", "pupil pseudonym", false);

    private final String wireName;
    private final String owner;
    private final String key;
    private final boolean compacted;

    Topic(String wireName, String owner, String key, boolean compacted) {
        this.wireName = wireName;
        this.owner = owner;
        this.key = key;
        this.compacted = compacted;
    }

    public String wireName() {
        return wireName;
    }

    /** The only service allowed to write this topic. */
    public String owner() {
        return owner;
    }

    /** What the record key is; it decides which events stay in order. */
    public String key() {
        return key;
    }

    /** Compacted topics keep the latest record per key forever, so consumers can rebuild from them alone. */
    public boolean compacted() {
        return compacted;
    }

    /** The named dead-letter topic of one consumer group on this topic. */
    public String deadLetterTopic(String consumerGroup) {
        return wireName + "." + consumerGroup + ".dlt";
    }
}
