package org.aanboord.risk.application;

/**
 * Scoring of a batch stopped at the event at {@link #index()}: every event before it is stored, that one and the
 * ones after it are not, so they can be delivered again once the cause is gone.
 */
public class ScoringStoppedException extends RuntimeException {

    private final int index;

    public ScoringStoppedException(int index, RuntimeException cause) {
        super("Scoring stopped at event " + index + " of the batch: " + cause.getMessage(), cause);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
