package org.aanboord.cases.domain;

/** Where an action stands. Completing and cancelling actions come with action handling. */
public enum ActionStatus {
    OPEN
}
