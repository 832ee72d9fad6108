package org.aanboord.contracts.risk.v1;

/** Support tiers. Deliberately called attention levels: they describe the support a pupil needs, not the pupil. */
public enum AttentionLevel {
    UNIVERSAL,
    TARGETED,
    INTENSIVE
}
