package org.aanboord.agreements.application;

import java.util.Optional;

/** One draft per agreement at a time. */
public interface DraftStore {

    void save(Draft draft);

    Optional<Draft> find(String agreementId);

    /** @return whether there was a draft */
    boolean delete(String agreementId);
}
