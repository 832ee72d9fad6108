package org.aanboord.risk.application;

/** A rebuild only writes into a new, empty database, so it can never mix with or overwrite live state. */
public class RebuildTargetRefusedException extends RuntimeException {

    public RebuildTargetRefusedException(String database, String reason) {
        super("Cannot rebuild into database '" + database + "': " + reason);
    }
}
