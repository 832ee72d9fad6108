package org.aanboord.agreements.domain;

public enum DutyStatus {
    NOT_STARTED,
    ONGOING,
    FULFILLED
}
