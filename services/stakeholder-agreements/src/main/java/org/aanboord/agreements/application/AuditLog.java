package org.aanboord.agreements.application;

import java.util.List;

/** The append-only record of every change to agreements. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Oldest first. */
    List<AuditEntry> of(String agreementId);
}
