package org.aanboord.cases.application;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseId) {
        super("No case with id '" + caseId + "'");
    }
}
