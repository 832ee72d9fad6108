package org.aanboord.ingestion.application;

import java.util.Optional;

/** Remembers the last published content and version of each enrolment or signal, so resends are recognised. */
public interface FactLedger {

    Optional<RecordedFact> find(String naturalKey);

    void record(String naturalKey, String fingerprint, int version);

    /** What was last published for one fact. */
    record RecordedFact(String fingerprint, int version) {
    }
}
