package org.aanboord.cases.domain;

/** A change the case refuses because something it needs is missing or wrong; names the field. */
public class CaseRuleViolation extends RuntimeException {

    private final String field;

    public CaseRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
