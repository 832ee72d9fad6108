package org.aanboord.cases.domain;

import java.util.Set;

import org.aanboord.contracts.cases.v1.CaseStatus;

/** The lifecycle does not lead from the case's state to the requested one. */
public class IllegalTransitionException extends RuntimeException {

    private final CaseStatus from;
    private final CaseStatus to;
    private final Set<CaseStatus> allowed;

    public IllegalTransitionException(CaseStatus from, CaseStatus to, Set<CaseStatus> allowed) {
        super("A case in " + from + " cannot go to " + to + "; allowed next states: "
                + (allowed.isEmpty() ? "none" : allowed));
        this.from = from;
        this.to = to;
        this.allowed = allowed;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public Set<CaseStatus> allowed() {
        return allowed;
    }
}
