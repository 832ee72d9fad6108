package org.aanboord.cases.domain;

import java.time.LocalDate;

import org.aanboord.contracts.cases.v1.CaseStatus;

/** Why and until when a case is on hold (e.g. long illness), and the state it resumes in. */
public record Hold(CaseStatus heldFrom, String reason, LocalDate since, LocalDate until) {
}
