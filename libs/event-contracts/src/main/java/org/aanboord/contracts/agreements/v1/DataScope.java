package org.aanboord.contracts.agreements.v1;

/** How much of a pupil a recipient may see. */
public enum DataScope {
    IDENTIFIED,
    PSEUDONYMISED,
    AGGREGATED
}
