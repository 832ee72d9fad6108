package org.aanboord.agreements.domain;

public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DELAYED,
    CANCELLED
}
