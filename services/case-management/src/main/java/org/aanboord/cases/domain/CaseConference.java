package org.aanboord.cases.domain;

import java.time.LocalDate;
import java.util.List;

/** A multidisciplinary meeting or round table about the case. */
public record CaseConference(LocalDate date, List<String> participants, List<String> decisions, LocalDate nextReview) {

    public CaseConference {
        participants = participants == null ? List.of() : List.copyOf(participants);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
