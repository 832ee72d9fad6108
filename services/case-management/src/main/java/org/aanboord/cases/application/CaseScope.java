package org.aanboord.cases.application;

import java.util.Set;

import org.aanboord.cases.domain.CaseFile;
import org.aanboord.contracts.cases.v1.CaseType;

/**
 * Which cases a reader may see at all, applied inside the store's query (docs/security.md): the schools it is
 * entitled to and, for the regisseur, only the case types the law lets the municipality follow individually.
 *
 * @param schoolIds the schools whose cases are visible; null for the service itself
 * @param caseTypes the visible case types; null for every type
 */
public record CaseScope(Set<String> schoolIds, Set<CaseType> caseTypes) {

    /** The service itself (event handling, deadline watch, tests): no restriction. */
    public static final CaseScope EVERYTHING = new CaseScope(null, null);

    public boolean admits(CaseFile file) {
        return (schoolIds == null || schoolIds.contains(file.schoolId()))
                && (caseTypes == null || caseTypes.contains(file.caseType()));
    }
}
