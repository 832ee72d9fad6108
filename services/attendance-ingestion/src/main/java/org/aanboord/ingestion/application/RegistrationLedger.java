package org.aanboord.ingestion.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aanboord.ingestion.domain.HalfDaySlot;

/** Remembers the last published code and version per half-day, so resends are recognised. */
public interface RegistrationLedger {

    /** The recorded state of every given half-day that has one, looked up in a few bulk queries. */
    Map<HalfDaySlot, RecordedHalfDay> findAll(Collection<HalfDaySlot> slots);

    /** Which of the given pupils have half-days recorded at the given school, in a few bulk queries. */
    Set<SchoolPupil> known(Collection<SchoolPupil> pupils);

    /** Records every write in one bulk operation. */
    void recordAll(List<LedgerWrite> writes);
}
