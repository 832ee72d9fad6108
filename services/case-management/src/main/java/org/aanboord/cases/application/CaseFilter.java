package org.aanboord.cases.application;

import org.aanboord.contracts.cases.v1.CaseStatus;

/** Criteria for listing cases; a null criterion matches everything. */
public record CaseFilter(String schoolId, String clbId, CaseStatus status) {
}
