package org.aanboord.cases.domain;

import static org.aanboord.contracts.cases.v1.CaseStatus.AFTERCARE;
import static org.aanboord.contracts.cases.v1.CaseStatus.CLB_GUIDANCE;
import static org.aanboord.contracts.cases.v1.CaseStatus.CLOSED;
import static org.aanboord.contracts.cases.v1.CaseStatus.ESCALATED;
import static org.aanboord.contracts.cases.v1.CaseStatus.HANDOVER;
import static org.aanboord.contracts.cases.v1.CaseStatus.MULTIDISCIPLINARY;
import static org.aanboord.contracts.cases.v1.CaseStatus.ON_HOLD;
import static org.aanboord.contracts.cases.v1.CaseStatus.SCHOOL_SUPPORT;
import static org.aanboord.contracts.cases.v1.CaseStatus.SIGNALLED;
import static org.aanboord.contracts.cases.v1.CaseStatus.TRIAGE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.aanboord.contracts.cases.v1.CaseStatus;

/**
 * The case lifecycle of domain §5.4. Every active state may also go ON_HOLD; a case on hold only resumes in the
 * state it was held from (see {@link CaseFile#transition}). CLOSED is terminal: a relapse after closing opens a
 * new case that points back to the closed one.
 */
public final class Lifecycle {

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(SIGNALLED, EnumSet.of(TRIAGE));
        NEXT.put(TRIAGE, EnumSet.of(SCHOOL_SUPPORT, CLB_GUIDANCE, CLOSED));
        NEXT.put(SCHOOL_SUPPORT, EnumSet.of(CLB_GUIDANCE, MULTIDISCIPLINARY, AFTERCARE, HANDOVER));
        NEXT.put(CLB_GUIDANCE, EnumSet.of(MULTIDISCIPLINARY, ESCALATED, AFTERCARE, HANDOVER));
        NEXT.put(MULTIDISCIPLINARY, EnumSet.of(ESCALATED, AFTERCARE, HANDOVER));
        // §5.4's table lets an escalated case end "cooperation restored or case handed over".
        NEXT.put(ESCALATED, EnumSet.of(MULTIDISCIPLINARY, HANDOVER));
        // AFTERCARE → SCHOOL_SUPPORT is the relapse of a case that is not closed yet.
        NEXT.put(AFTERCARE, EnumSet.of(SCHOOL_SUPPORT, CLOSED));
        NEXT.put(HANDOVER, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(CaseStatus.class));
        for (CaseStatus active : EnumSet.complementOf(EnumSet.of(ON_HOLD, CLOSED))) {
            NEXT.get(active).add(ON_HOLD);
        }
    }

    private Lifecycle() {
    }

    /** The states a case in {@code from} may move to; for ON_HOLD this depends on the hold, see CaseFile. */
    public static Set<CaseStatus> next(CaseStatus from) {
        return Collections.unmodifiableSet(NEXT.getOrDefault(from, EnumSet.noneOf(CaseStatus.class)));
    }

    public static boolean isActive(CaseStatus status) {
        return status != CLOSED && status != ON_HOLD;
    }
}
