package org.aanboord.cases.application;

/** The change was made against a version of the case that is no longer the current one. */
public class StaleCaseException extends RuntimeException {

    private final long currentVersion;

    public StaleCaseException(String caseId, long expected, long currentVersion) {
        super("Case " + caseId + " is at version " + currentVersion + ", not " + expected
                + "; reload it and apply your change again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
