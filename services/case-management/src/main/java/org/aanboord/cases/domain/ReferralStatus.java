package org.aanboord.cases.domain;

public enum ReferralStatus {
    SENT,
    ACCEPTED,
    WAITLISTED,
    DECLINED,
    STARTED,
    ENDED
}
