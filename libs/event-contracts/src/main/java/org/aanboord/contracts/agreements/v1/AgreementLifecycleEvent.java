package org.aanboord.contracts.agreements.v1;

/** Events on the compacted {@code agreements.lifecycle.v1}, keyed by agreement id and version. */
public sealed interface AgreementLifecycleEvent permits AgreementPublished {

    String agreementId();

    int version();

    /** Record key: every published version is an immutable fact, so compaction keeps each one. */
    default String recordKey() {
        return agreementId() + ":v" + version();
    }
}
