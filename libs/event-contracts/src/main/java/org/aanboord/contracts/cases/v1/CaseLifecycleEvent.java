package org.aanboord.contracts.cases.v1;

/** Events on {@code cases.lifecycle.v1}, keyed by case id. */
public sealed interface CaseLifecycleEvent permits CaseOpened, CaseSignalAdded, CaseStatusChanged, CaseActionDue,
        CaseDeadlineMissed, CaseNoteAdded {

    String caseId();

    String pupilPseudonym();
}
