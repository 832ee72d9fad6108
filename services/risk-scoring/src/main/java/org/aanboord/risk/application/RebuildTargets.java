package org.aanboord.risk.application;

import org.aanboord.platform.agreements.AgreementDirectory;

/** Opens another database of the same store to rebuild the scoring state into. */
public interface RebuildTargets {

    Target open(String database);

    /** The rebuild's own scoring state and agreement view. */
    record Target(String database, ScoringStore store, AgreementDirectory agreements) {
    }
}
