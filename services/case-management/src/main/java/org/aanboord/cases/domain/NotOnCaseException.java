package org.aanboord.cases.domain;

/** An action, referral or other part the request names is not on this case. */
public class NotOnCaseException extends RuntimeException {

    private final String field;

    public NotOnCaseException(String field, String id) {
        super("No " + field + " '" + id + "' on this case");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
