package org.aanboord.cases.application;

import org.aanboord.contracts.cases.v1.CaseStatus;

/**
 * Criteria for listing cases; a null criterion matches everything.
 *
 * @param overdue only cases with an open action past its due date (true) or without one (false)
 * @param sort    NEWEST (opened most recently first) or DUE_DATE (earliest open deadline first, so overdue first)
 */
public record CaseFilter(String schoolId, String clbId, CaseStatus status, String ownerId, Boolean overdue,
        Sort sort, int page, int size) {

    public enum Sort {
        NEWEST,
        DUE_DATE
    }

    public CaseFilter {
        sort = sort == null ? Sort.NEWEST : sort;
        size = size <= 0 ? 50 : size;
        page = Math.max(page, 0);
    }
}
