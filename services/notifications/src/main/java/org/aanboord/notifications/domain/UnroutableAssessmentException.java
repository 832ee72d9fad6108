package org.aanboord.notifications.domain;

/**
 * The assessment contradicts the (immutable) agreement version it names, so no retry can ever route it:
 * an unknown rule, a school outside the agreement, or a newly triggered rule without its numbers.
 */
public class UnroutableAssessmentException extends RuntimeException {

    public UnroutableAssessmentException(String message) {
        super(message);
    }
}
