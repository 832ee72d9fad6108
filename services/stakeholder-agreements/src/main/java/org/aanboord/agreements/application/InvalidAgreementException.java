package org.aanboord.agreements.application;

import java.util.List;

import org.aanboord.agreements.domain.validation.Violation;

/** The agreement cannot be published; each violation names its place in the document. */
public class InvalidAgreementException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidAgreementException(List<Violation> violations) {
        super("The agreement has " + violations.size() + " problem(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
