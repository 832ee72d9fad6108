package org.aanboord.ingestion.application;

/** A school sent more requests than its rate allows; it may try again after {@code retryAfterSeconds}. */
public class RateLimitedException extends RuntimeException {

    private final String schoolId;
    private final long retryAfterSeconds;

    public RateLimitedException(String schoolId, long retryAfterSeconds) {
        super("School '" + schoolId + "' sent more requests than its rate limit allows");
        this.schoolId = schoolId;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String schoolId() {
        return schoolId;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
