package org.aanboord.ingestion.domain;

import java.util.Optional;

/**
 * The reason a professional gives for re-identifying a pupil: a sentence the DPO can judge later, not a tick box.
 * It is kept in the audit trail as given (trimmed).
 */
public final class StatedPurpose {

    public static final int MINIMUM_LENGTH = 20;
    public static final int MAXIMUM_LENGTH = 300;
    private static final int MINIMUM_WORDS = 3;

    private StatedPurpose() {
    }

    /** What is wrong with the purpose, if anything. */
    public static Optional<FieldError> check(String purpose) {
        if (Text.isBlank(purpose)) {
            return Optional.of(new FieldError("purpose", Rejection.REQUIRED,
                    "is required: say in a sentence why you need to know who this pupil is"));
        }
        String stated = purpose.strip();
        if (stated.length() < MINIMUM_LENGTH || stated.split("\\s+").length < MINIMUM_WORDS) {
            return Optional.of(new FieldError("purpose", Rejection.TOO_SHORT, "must be a sentence of at least "
                    + MINIMUM_WORDS + " words and " + MINIMUM_LENGTH + " characters"));
        }
        if (stated.length() > MAXIMUM_LENGTH) {
            return Optional.of(new FieldError("purpose", Rejection.MALFORMED,
                    "must be at most " + MAXIMUM_LENGTH + " characters"));
        }
        return Optional.empty();
    }
}
