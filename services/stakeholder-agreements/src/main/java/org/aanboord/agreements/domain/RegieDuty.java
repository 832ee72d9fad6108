package org.aanboord.agreements.domain;

/** One of the regisseur's minimum duties and how far it is. */
public record RegieDuty(MinimumDuty duty, DutyStatus status) {
}
