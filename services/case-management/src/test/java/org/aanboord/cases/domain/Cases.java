package org.aanboord.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.contracts.cases.v1.CaseStatus;
import org.aanboord.contracts.cases.v1.CaseType;

/** Cases in a given state for domain tests. */
final class Cases {

    static final Instant OPENED = Instant.parse("2026-11-20T13:01:03Z");
    static final LocalDate FIRST_DUE = LocalDate.parse("2026-11-27");

    private Cases() {
    }

    static CaseFile in(CaseStatus status) {
        Hold hold = status == CaseStatus.ON_HOLD
                ? new Hold(CaseStatus.CLB_GUIDANCE, "long illness", LocalDate.parse("2026-11-23"),
                        LocalDate.parse("2026-12-04"))
                : null;
        return new CaseFile("c-1", "pupil-1", CaseType.PROBLEMATIC_ABSENCE, status, "school-1", "clb-1",
                "municipality-1", "agreement-x", 1, OPENED, null, 3, status == CaseStatus.SIGNALLED ? null : "owner-1",
                hold, null, null, null, List.of(),
                List.of(CaseAction.planned("a1", ActionType.START_CLB_GUIDANCE, "start", "clb-1", FIRST_DUE)),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
