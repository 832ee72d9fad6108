package org.aanboord.cases.domain;

/** Where an action stands. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED
}
