package org.aanboord.risk.application;

import java.time.LocalDate;

import org.aanboord.contracts.agreements.v1.AgreementPublished;

/** The agreement version that applies to a school on a day. */
@FunctionalInterface
public interface AgreementFor {

    /** @throws AgreementNotYetKnownException when no agreement covers the school on that day (yet) */
    AgreementPublished at(String schoolId, LocalDate day);
}
