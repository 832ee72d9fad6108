package org.aanboord.ingestion.application;

import java.util.Optional;

import org.aanboord.ingestion.domain.Registration;

/** Remembers the last published code and version per natural key, so resends are recognised. */
public interface RegistrationLedger {

    Optional<RecordedHalfDay> find(String naturalKey);

    void record(Registration registration, int version);
}
