package org.aanboord.synthetic;

/** Basisonderwijs or secundair onderwijs: decides pupils' ages and how often they drift away. */
public enum Level {
    PRIMARY("bao", 6, 12),
    SECONDARY("so", 12, 18);

    final String prefix;
    final int youngestAge;
    final int oldestAge;

    Level(String prefix, int youngestAge, int oldestAge) {
        this.prefix = prefix;
        this.youngestAge = youngestAge;
        this.oldestAge = oldestAge;
    }
}
