package org.aanboord.cases.adapter.in.web;

class CaseNotFoundException extends RuntimeException {

    private final String caseId;

    CaseNotFoundException(String caseId) {
        super("No case with id '" + caseId + "'");
        this.caseId = caseId;
    }

    String caseId() {
        return caseId;
    }
}
