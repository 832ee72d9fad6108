package org.aanboord.agreements.domain;

/** Whether the indicator should go down, up, or stay where it is to meet its target. */
public enum IndicatorDirection {
    DECREASE,
    INCREASE,
    MAINTAIN
}
