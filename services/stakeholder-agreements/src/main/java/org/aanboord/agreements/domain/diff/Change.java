package org.aanboord.agreements.domain.diff;

/**
 * One difference between two versions at one place: {@code before} is null for something added, {@code after}
 * null for something removed.
 *
 * @param path where, with list items named by their id or code when they have one, e.g.
 *             {@code rules[clb-notification-5b].threshold}
 */
public record Change(String path, String before, String after) {

    /** The change in words, e.g. "rules[clb-notification-5b].threshold: 5 → 3". */
    public String describe() {
        if (before == null) {
            return path + ": added " + after;
        }
        if (after == null) {
            return path + ": removed (was " + before + ")";
        }
        return path + ": " + before + " → " + after;
    }
}
